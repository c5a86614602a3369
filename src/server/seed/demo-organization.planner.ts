import { divisionLevelOf } from '../../shared/domain/division';
import type { OrganizationKind } from '../../shared/domain/organization';
import { jiningCounts, renchengCode, weightOf } from './demo-city.figures';
import type { County, DemoCity } from './demo-city.reader';
import { officePhone, streetAddress, townshipShortName, tradeNames } from './demo-names';
import { apportion, Random } from './demo-random';
import { DemoSeedError } from './demo-seed.error';

/**
 * Plans the demo organisations: the administration and its service halls, the township and
 * village network, and the practices (law firms, notaries, appraisal, grassroots offices).
 * The order rows are pushed in is the order they are inserted, and so fixes their ids.
 */

/** One organisation to insert; `id` is filled in once its row exists. */
export interface OrgPlan {
  kind: OrganizationKind;
  name: string;
  divisionCode: string;
  parent: OrgPlan | null;
  address: string;
  servicePhone: string | null;
  depth: number;
  id?: number;
}

/**
 * The practices' streams carry on into the planning of their staff (firm sizes, appraiser
 * and worker counts) after the practices themselves: one instance each, shared by both
 * planners, so the draws happen in the same order as when the planning was a single step.
 */
export interface PracticeStreams {
  firm: Random;
  appraisal: Random;
  grassroots: Random;
}

export function practiceStreams(): PracticeStreams {
  return {
    firm: new Random('law-firm'),
    appraisal: new Random('appraisal'),
    grassroots: new Random('grassroots-office'),
  };
}

/** The planned organisations, and the groupings the people and accounts are placed in. */
export interface OrganizationNetwork {
  /** Every organisation, in insertion order. */
  organizations: OrgPlan[];
  cityBureau: OrgPlan;
  cityCentre: OrgPlan;
  cityAid: OrgPlan;
  aidCentres: OrgPlan[];
  countyBureaus: Map<string, OrgPlan>;
  countyCentres: Map<string, OrgPlan>;
  townshipCommittees: Map<string, OrgPlan>;
  villageCommittees: Map<string, OrgPlan>;
  firmsByCounty: Map<string, OrgPlan[]>;
  notaryOffices: OrgPlan[];
  appraisalInstitutions: OrgPlan[];
  grassrootsByCounty: Map<string, OrgPlan[]>;
  grassrootsByTownship: Map<string, OrgPlan>;
}

export function planOrganizations(
  { city, province, counties }: DemoCity,
  streams: PracticeStreams,
): OrganizationNetwork {
  const organizations: OrgPlan[] = [];
  const phoneRng = new Random('office-phone');
  const addressRng = new Random('address');
  const usedOfficePhones = new Set<string>();
  const newOfficePhone = () => {
    for (;;) {
      const phone = officePhone(phoneRng);
      if (!usedOfficePhones.has(phone)) {
        usedOfficePhones.add(phone);
        return phone;
      }
    }
  };
  const org = (
    kind: OrganizationKind,
    name: string,
    division: { code: string; address: string },
    parent: OrgPlan | null,
    servicePhone: string | null = newOfficePhone(),
  ): OrgPlan => {
    const plan: OrgPlan = {
      kind,
      name,
      divisionCode: division.code,
      parent,
      // Village offices are found by house number alone, as rural addresses are.
      address:
        divisionLevelOf(division.code) === 'village'
          ? `${division.address}${addressRng.int(1, 199)}号`
          : `${division.address}${streetAddress(addressRng)}`,
      servicePhone,
      depth: parent ? parent.depth + 1 : 0,
    };
    organizations.push(plan);
    return plan;
  };
  const cityDivision = { code: city.code, address: `${province.name}${city.name}` };
  const isDevelopmentZone = (c: County) => c.kind === 'development_zone';

  // The administration and its service halls: city, then each county-level unit.
  const cityBureau = org('justice_bureau', `${city.name}司法局`, cityDivision, null);
  const cityCentre = org('pls_centre', `${city.name}公共法律服务中心`, cityDivision, null);
  const cityAid = org('legal_aid_centre', `${city.name}法律援助中心`, cityDivision, cityBureau);
  const countyBureaus = new Map<string, OrgPlan>();
  const countyCentres = new Map<string, OrgPlan>();
  const aidCentres: OrgPlan[] = [cityAid];
  for (const county of counties) {
    const bureau = org('justice_bureau', `${county.shortName}司法局`, county, cityBureau);
    countyBureaus.set(county.code, bureau);
    countyCentres.set(county.code, org('pls_centre', `${county.shortName}公共法律服务中心`, county, cityCentre));
    // The development zone is served by the city's legal aid centre and notary office.
    if (!isDevelopmentZone(county))
      aidCentres.push(org('legal_aid_centre', `${county.shortName}法律援助中心`, county, bureau));
  }

  // Township stations and judicial offices, village rooms; mediation committees at both levels.
  const judicialOffices = new Map<string, OrgPlan>();
  const stations = new Map<string, OrgPlan>();
  const townshipCommittees = new Map<string, OrgPlan>();
  const villageCommittees = new Map<string, OrgPlan>();
  for (const county of counties) {
    for (const township of county.townships) {
      const station = org('pls_station', `${township.name}公共法律服务站`, township, countyCentres.get(county.code)!);
      stations.set(township.code, station);
      // 'other' township-level units (a property-services centre, a development-zone committee) have no judicial office.
      if (township.kind !== 'other') {
        judicialOffices.set(
          township.code,
          org('judicial_office', `${township.name}司法所`, township, countyBureaus.get(county.code)!),
        );
      }
    }
  }
  for (const county of counties) {
    for (const township of county.townships) {
      for (const village of township.villages) {
        org('pls_room', `${village.shortName}公共法律服务室`, village, stations.get(township.code)!);
      }
    }
  }
  for (const county of counties) {
    for (const township of county.townships) {
      const guide = judicialOffices.get(township.code) ?? countyBureaus.get(county.code)!;
      townshipCommittees.set(
        township.code,
        org('mediation_committee', `${township.name}人民调解委员会`, township, guide),
      );
    }
  }
  for (const county of counties) {
    for (const township of county.townships) {
      const above = townshipCommittees.get(township.code)!;
      for (const village of township.villages) {
        // The committee sits in the village office: same line as the room, no new number.
        villageCommittees.set(
          village.code,
          org('mediation_committee', `${village.shortName}人民调解委员会`, village, above, null),
        );
      }
    }
  }

  // Practices, weighted toward the central district and the county-level cities.
  const taken = new Set<string>();
  const firmRng = streams.firm;
  const firmCounts = apportion(
    jiningCounts.lawFirms,
    counties.map((c) => weightOf(c.code)),
    { min: 3 },
  );
  const firmNames = tradeNames(firmRng, jiningCounts.lawFirms, taken);
  const firmsByCounty = new Map<string, OrgPlan[]>();
  let firmIndex = 0;
  counties.forEach((county, i) => {
    const firms: OrgPlan[] = [];
    for (let k = 0; k < firmCounts[i]!; k += 1) {
      const seat = firmSeat(firmRng, county);
      firms.push(org('law_firm', `山东${firmNames[firmIndex++]}律师事务所`, seat, null));
    }
    firmsByCounty.set(county.code, firms);
  });

  const notaryOffices: OrgPlan[] = [org('notary_office', `${city.name}公证处`, cityDivision, null)];
  for (const county of counties) {
    if (!isDevelopmentZone(county)) notaryOffices.push(org('notary_office', `${county.shortName}公证处`, county, null));
  }
  if (notaryOffices.length !== jiningCounts.notaryOffices) {
    throw new DemoSeedError(`Expected ${jiningCounts.notaryOffices} notary offices, planned ${notaryOffices.length}`);
  }

  const appraisalRng = streams.appraisal;
  const appraisalCounts = apportion(
    jiningCounts.appraisalInstitutions,
    counties.map((c) => (weightOf(c.code) > 1 ? weightOf(c.code) : 0.5)),
  );
  const appraisalNames = tradeNames(appraisalRng, jiningCounts.appraisalInstitutions, taken);
  const appraisalInstitutions: OrgPlan[] = [];
  let appraisalIndex = 0;
  counties.forEach((county, i) => {
    for (let k = 0; k < appraisalCounts[i]!; k += 1) {
      const prefix = county.code === renchengCode ? city.name : county.shortName;
      appraisalInstitutions.push(
        org(
          'appraisal_institution',
          `${prefix}${appraisalNames[appraisalIndex++]}司法鉴定所`,
          firmSeat(appraisalRng, county),
          null,
        ),
      );
    }
  });

  // One grassroots office per township at most; rural counties are the ones left without some.
  const grassrootsRng = streams.grassroots;
  const officeTownships = counties.map((c) => c.townships.filter((t) => t.kind !== 'other'));
  const officeCounts = apportion(
    jiningCounts.grassrootsOffices,
    counties.map((c, i) => weightOf(c.code) * officeTownships[i]!.length),
    { caps: officeTownships.map((t) => t.length) },
  );
  const grassrootsByCounty = new Map<string, OrgPlan[]>();
  const grassrootsByTownship = new Map<string, OrgPlan>();
  counties.forEach((county, i) => {
    const chosen = grassrootsRng
      .sample(officeTownships[i]!, officeCounts[i]!)
      .sort((a, b) => a.code.localeCompare(b.code));
    const offices = chosen.map((township) => {
      const office = org(
        'grassroots_legal_service_office',
        `${county.shortName}${townshipShortName(township.name)}法律服务所`,
        township,
        null,
      );
      grassrootsByTownship.set(township.code, office);
      return office;
    });
    grassrootsByCounty.set(county.code, offices);
  });

  return {
    organizations,
    cityBureau,
    cityCentre,
    cityAid,
    aidCentres,
    countyBureaus,
    countyCentres,
    townshipCommittees,
    villageCommittees,
    firmsByCounty,
    notaryOffices,
    appraisalInstitutions,
    grassrootsByCounty,
    grassrootsByTownship,
  };
}

/** Firms and institutes sit in a subdistrict (the county seat) when the county has one. */
function firmSeat(rng: Random, county: County): { code: string; address: string } {
  const urban = county.townships.filter((t) => t.kind === 'subdistrict');
  const seats: ReadonlyArray<{ code: string; address: string }> =
    urban.length > 0 ? urban : county.townships.length > 0 ? county.townships : [county];
  return rng.pick(seats);
}
