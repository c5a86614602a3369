/**
 * The facts the demo network is sized on: Jining's own figures (seed document 002, 2024)
 * and the divisions the demo accounts are scoped to. Kept apart from the planners so a
 * change of figure is a change of data, not of code.
 */

export const DEMO_CITY_CODE = '370800000000';

// The divisions the scoped accounts see; the planners staff them so those accounts have colleagues.
export const renchengCode = '370811000000';
export const mediatorTownshipCode = '370811011000'; // 古槐街道, 任城区
export const advisorTownshipCode = '370811102000'; // 长沟镇, 任城区

/** Figures from seed document 002 (济宁市司法局, 2024-05-10). */
export const jiningCounts = {
  lawFirms: 115,
  lawyers: 2336,
  notaryOffices: 12,
  notaries: 51,
  grassrootsOffices: 136,
  grassrootsWorkers: 650,
  appraisalInstitutions: 14,
  appraisers: 218,
  mediators: 18_024,
  peopleSupervisors: 62,
  villageLegalAdvisors: 971,
} as const;

// Where the city's services concentrate: the central district, then 兖州 and the county-level cities.
const countyWeight: Readonly<Record<string, number>> = {
  '370811000000': 10, // 任城区, where the city-level firms and institutes are registered
  '370812000000': 2, // 兖州区
  '370881000000': 1.8, // 曲阜市
  '370883000000': 2.2, // 邹城市
  '370871000000': 1.5, // 济宁高新区
};
export const weightOf = (code: string) => countyWeight[code] ?? 1;
