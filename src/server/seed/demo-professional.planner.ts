import type { ProfessionalKind } from '../../shared/domain/organization';
import {
  advisorTownshipCode,
  DEMO_CITY_CODE,
  jiningCounts,
  mediatorTownshipCode,
  renchengCode,
  weightOf,
} from './demo-city.figures';
import type { DemoCity } from './demo-city.reader';
import { mobilePhone, type PersonName, personName } from './demo-names';
import type { OrganizationNetwork, OrgPlan, PracticeStreams } from './demo-organization.planner';
import { apportion, Random } from './demo-random';

/**
 * Plans the demo professionals: staff for every planned practice, village legal advisors,
 * people's supervisors and mediators, each with an invented name, mobile number and (for
 * the licensed kinds) licence number. Also picks the professionals the handler accounts
 * log in as, since that choice depends on where each person landed.
 */

/** One professional to insert; `id` is filled in once its row exists. */
export interface ProPlan {
  kind: ProfessionalKind;
  name: string;
  organization: OrgPlan | null;
  divisionCode: string;
  licenceNo: string | null;
  phone: string;
  id?: number;
}

export interface ProfessionalPlan {
  /** Every professional, in insertion order. */
  professionals: ProPlan[];
  /** The professionals the handler accounts log in as, by username. */
  accountProfessionals: Map<string, ProPlan>;
}

export function planProfessionals(
  { city, counties }: DemoCity,
  network: OrganizationNetwork,
  streams: PracticeStreams,
): ProfessionalPlan {
  const {
    cityBureau,
    cityAid,
    aidCentres,
    townshipCommittees,
    villageCommittees,
    firmsByCounty,
    notaryOffices,
    appraisalInstitutions,
    grassrootsByCounty,
    grassrootsByTownship,
  } = network;
  const { firm: firmRng, appraisal: appraisalRng, grassroots: grassrootsRng } = streams;
  const professionals: ProPlan[] = [];
  const people = new Random('person');
  const mobileRng = new Random('mobile');
  const usedMobiles = new Set<string>();
  const licences = new Random('licence');
  const usedLicences = new Set<string>();
  const uniqueLicence = (make: () => string) => {
    for (;;) {
      const licence = make();
      if (!usedLicences.has(licence)) {
        usedLicences.add(licence);
        return licence;
      }
    }
  };
  const person = (
    kind: ProfessionalKind,
    organization: OrgPlan | null,
    divisionCode: string,
    licence: (p: PersonName) => string | null,
    femaleShare?: number,
  ): ProPlan => {
    const name = personName(people, femaleShare);
    let phone = mobilePhone(mobileRng);
    while (usedMobiles.has(phone)) phone = mobilePhone(mobileRng);
    usedMobiles.add(phone);
    const plan: ProPlan = { kind, name: name.name, organization, divisionCode, licenceNo: licence(name), phone };
    professionals.push(plan);
    return plan;
  };
  const year = (from: number) => licences.int(from, 2024);
  const sexDigit = (p: PersonName) => (p.isFemale ? '0' : '1');
  const serial = (digits: number) => String(licences.int(0, 10 ** digits - 1)).padStart(digits, '0');
  const city4 = DEMO_CITY_CODE.slice(0, 4);
  // Lawyer licence, 17 digits: practice type (1 full-time in a firm, 6 public-sector for
  // legal-aid staff; a demo convention), issuing city, first-licence year, class, sex, serial.
  const lawyerLicence = (practice: '1' | '6') => (p: PersonName) =>
    uniqueLicence(() => `${practice}${city4}${year(1996)}1${sexDigit(p)}${serial(6)}`);
  const notaryLicence = () => uniqueLicence(() => `${city4}${year(1998)}${serial(5)}`);
  const appraiserLicence = () => uniqueLicence(() => `${city4}${String(year(2005)).slice(2)}${serial(6)}`);
  const grassrootsLicence = (countyCode: string) => () =>
    uniqueLicence(() => `${countyCode.slice(0, 6)}${year(2000)}${serial(4)}`);

  // Lawyers: a few staff lawyers in each legal aid centre, the rest in firms of very unequal size.
  const aidLawyerCounts = aidCentres.map((centre) => (centre === cityAid ? 6 : people.int(2, 4)));
  aidCentres.forEach((centre, i) => {
    for (let k = 0; k < aidLawyerCounts[i]!; k += 1) person('lawyer', centre, centre.divisionCode, lawyerLicence('6'));
  });
  const firms = counties.flatMap((c) => firmsByCounty.get(c.code)!);
  const firmSizes = apportion(
    jiningCounts.lawyers - aidLawyerCounts.reduce((a, b) => a + b, 0),
    firms.map(() => Math.exp(firmRng.next() * 3)),
    { min: 3 },
  );
  firms.forEach((firm, i) => {
    for (let k = 0; k < firmSizes[i]!; k += 1) person('lawyer', firm, firm.divisionCode, lawyerLicence('1'));
  });

  const notarySizes = apportion(
    jiningCounts.notaries,
    notaryOffices.map((o) => (o.divisionCode === city.code ? 3 : weightOf(o.divisionCode) > 1 ? 1.5 : 1)),
    { min: 3 },
  );
  notaryOffices.forEach((office, i) => {
    for (let k = 0; k < notarySizes[i]!; k += 1) person('notary', office, office.divisionCode, notaryLicence);
  });

  const appraiserSizes = apportion(
    jiningCounts.appraisers,
    appraisalInstitutions.map(() => 1 + appraisalRng.next() * 2),
    { min: 5 },
  );
  appraisalInstitutions.forEach((institution, i) => {
    for (let k = 0; k < appraiserSizes[i]!; k += 1)
      person('appraiser', institution, institution.divisionCode, appraiserLicence);
  });

  const grassrootsOffices = counties.flatMap((c) => grassrootsByCounty.get(c.code)!);
  const workerSizes = apportion(
    jiningCounts.grassrootsWorkers,
    grassrootsOffices.map(() => 1 + grassrootsRng.next()),
    { min: 2 },
  );
  grassrootsOffices.forEach((office, i) => {
    const licence = grassrootsLicence(office.divisionCode);
    for (let k = 0; k < workerSizes[i]!; k += 1)
      person('grassroots_legal_worker', office, office.divisionCode, licence);
  });

  // Village legal advisors: at least one per township (the bureau organises them by
  // township), the rest by number of villages; each serves one village here, so most
  // villages are not covered by a named advisor of their own.
  const advisorRng = new Random('advisor');
  const townships = counties.flatMap((c) => c.townships).filter((t) => t.villages.length > 0);
  const advisorCounts = apportion(
    jiningCounts.villageLegalAdvisors,
    townships.map((t) => t.villages.length),
    { min: 1, caps: townships.map((t) => t.villages.length) },
  );
  const accountProfessionals = new Map<string, ProPlan>();
  townships.forEach((township, i) => {
    const villages = advisorRng
      .sample(township.villages, advisorCounts[i]!)
      .sort((a, b) => a.code.localeCompare(b.code));
    for (const village of villages) {
      const local = grassrootsByTownship.get(township.code);
      const employer =
        local && advisorRng.chance(0.4) ? local : advisorRng.pick(firmsByCounty.get(township.county.code)!);
      const advisor = person('village_legal_advisor', employer, village.code, () => null);
      // The advisor account works for its township's own office when one of them does.
      const current = accountProfessionals.get('advisor');
      if (
        township.code === advisorTownshipCode &&
        (!current || (current.organization !== local && employer === local))
      ) {
        accountProfessionals.set('advisor', advisor);
      }
    }
  });

  // People's supervisors are selected by the city bureau; they live across the counties.
  const supervisorCounts = apportion(
    jiningCounts.peopleSupervisors,
    counties.map((c) => c.townships.length),
    { min: 2 },
  );
  counties.forEach((county, i) => {
    for (let k = 0; k < supervisorCounts[i]!; k += 1) person('people_supervisor', cityBureau, county.code, () => null);
  });

  // Mediators: three or four per village committee, the rest in the township committees.
  const mediatorRng = new Random('mediator');
  const villagePlans = counties.flatMap((c) => c.townships.flatMap((t) => t.villages));
  const villageSizes = villagePlans.map(() => (mediatorRng.chance(0.35) ? 4 : 3));
  const allTownships = counties.flatMap((c) => c.townships);
  const townshipSizes = apportion(
    jiningCounts.mediators - villageSizes.reduce((a, b) => a + b, 0),
    allTownships.map((t) => 1 + t.villages.length / 10 + mediatorRng.next()),
    { min: 3 },
  );
  allTownships.forEach((township, i) => {
    const committee = townshipCommittees.get(township.code)!;
    for (let k = 0; k < townshipSizes[i]!; k += 1) {
      const mediator = person('mediator', committee, township.code, () => null, 0.5);
      if (township.code === mediatorTownshipCode && !accountProfessionals.has('mediator')) {
        accountProfessionals.set('mediator', mediator);
      }
    }
  });
  villagePlans.forEach((village, i) => {
    const committee = villageCommittees.get(village.code)!;
    for (let k = 0; k < villageSizes[i]!; k += 1) person('mediator', committee, village.code, () => null, 0.5);
  });

  // The lawyer account works in the largest firm of 任城区.
  const renchengFirms = new Set(firmsByCounty.get(renchengCode) ?? []);
  const largest = firms
    .map((firm, i) => ({ firm, size: firmSizes[i]! }))
    .filter((f) => renchengFirms.has(f.firm))
    .sort((a, b) => b.size - a.size)[0];
  const lawyer = professionals.find((p) => p.kind === 'lawyer' && p.organization === largest?.firm);
  if (lawyer) accountProfessionals.set('lawyer', lawyer);

  return { professionals, accountProfessionals };
}
