import { type Kysely, sql, type Transaction } from 'kysely';
import { divisionLevelOf } from '../../shared/domain/division';
import {
  type OrganizationKind,
  organizationKinds,
  type ProfessionalKind,
  professionalKinds,
} from '../../shared/domain/organization';
import type { Role } from '../../shared/domain/role';
import type { Database } from '../db/schema';
import type { FieldCipher } from '../security/field-cipher';
import { hashPassword } from '../security/password';
import {
  countyShortName,
  mobilePhone,
  officePhone,
  type PersonName,
  personName,
  streetAddress,
  townshipShortName,
  tradeNames,
  villageShortName,
} from './demo-names';
import { apportion, Random } from './demo-random';

/**
 * The demo data set: Jining's public legal services network, sized on the bureau's own
 * figures (seed document 002, 2024): 156 judicial offices, 115 law firms with 2,336 lawyers,
 * 12 notary offices with 51 notaries, 136 grassroots legal service offices with 650 workers,
 * 14 appraisal institutions with 218 appraisers, 18,024 mediators, 62 people's supervisors,
 * 971 village legal advisors. Names, phones and licence numbers are invented, from a
 * seeded generator, so every run produces the same rows (and, on a fresh database, the same ids).
 */

export const DEMO_PASSWORD = 'Fatong@2026';

export const DEMO_CITY_CODE = '370800000000';

const settingKey = 'demo.seeded';
// Any constant works; it keeps two processes starting at once from seeding twice.
const advisoryLockKey = 0x0537_5eed;

export interface DemoAccount {
  username: string;
  role: Role;
  /** The division code the account sees (its data scope). */
  scope: string;
  scopeName: string;
  displayName: string;
  /** What the account is for, in Chinese, for the README and the start banner. */
  title: string;
}

const renchengCode = '370811000000';
const mediatorTownshipCode = '370811011000'; // 古槐街道, 任城区
const advisorTownshipCode = '370811102000'; // 长沟镇, 任城区

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'agent',
    role: 'hotline_agent',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '王敏',
    title: '12348 热线坐席',
  },
  {
    username: 'clerk',
    role: 'window_clerk',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '李娜',
    title: '任城区公共法律服务中心窗口工作人员',
  },
  {
    username: 'dispatcher',
    role: 'dispatcher',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '张伟',
    title: '市公共法律服务中心派单员',
  },
  {
    username: 'lawyer',
    role: 'lawyer',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '孔德明',
    title: '任城区执业律师',
  },
  {
    username: 'mediator',
    role: 'mediator',
    scope: mediatorTownshipCode,
    scopeName: '任城区古槐街道',
    displayName: '刘桂兰',
    title: '古槐街道人民调解员',
  },
  {
    username: 'advisor',
    role: 'village_legal_advisor',
    scope: advisorTownshipCode,
    scopeName: '任城区长沟镇',
    displayName: '孟庆国',
    title: '长沟镇村（居）法律顾问',
  },
  {
    username: 'supervisor',
    role: 'supervisor',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '陈静',
    title: '市司法局督办人员',
  },
  {
    username: 'leader',
    role: 'leader',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '孔祥瑞',
    title: '市司法局领导',
  },
  {
    username: 'finance',
    role: 'finance_officer',
    scope: DEMO_CITY_CODE,
    scopeName: '济宁市',
    displayName: '赵丽',
    title: '市司法局财务人员（办案补贴）',
  },
  {
    username: 'admin_rc',
    role: 'admin',
    scope: renchengCode,
    scopeName: '任城区',
    displayName: '孙强',
    title: '任城区系统管理员',
  },
];

export interface DemoSummary {
  organizations: Record<OrganizationKind, number>;
  professionals: Record<ProfessionalKind, number>;
  accounts: Array<{ username: string; role: Role; scope: string }>;
  /** True when the demo data was already there and nothing was written. */
  isAlreadySeeded: boolean;
}

export class DemoSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoSeedError';
  }
}

/** Figures from seed document 002 (济宁市司法局, 2024-05-10). */
const jiningCounts = {
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
const weightOf = (code: string) => countyWeight[code] ?? 1;

interface DivisionInfo {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parentCode: string | null;
}

interface County extends DivisionInfo {
  shortName: string;
  address: string;
  townships: Township[];
}

interface Township extends DivisionInfo {
  county: County;
  address: string;
  villages: Village[];
}

interface Village extends DivisionInfo {
  township: Township;
  shortName: string;
  address: string;
}

interface OrgPlan {
  kind: OrganizationKind;
  name: string;
  divisionCode: string;
  parent: OrgPlan | null;
  address: string;
  servicePhone: string | null;
  depth: number;
  id?: number;
}

interface ProPlan {
  kind: ProfessionalKind;
  name: string;
  organization: OrgPlan | null;
  divisionCode: string;
  licenceNo: string | null;
  phone: string;
  id?: number;
}

export async function seedDemo(
  db: Kysely<Database>,
  cipher: FieldCipher,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<DemoSummary> {
  // The usual case at start-up: seeded long ago. Checked again under the lock below.
  const seeded = await readSeededSummary(db);
  if (seeded) return seeded;
  // Hashed before the transaction: argon2 takes tens of milliseconds, and every account shares it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${advisoryLockKey})`.execute(trx);
    const existing = await readSeededSummary(trx);
    if (existing) return existing;

    const city = await readCity(trx);
    const plan = planDemo(city);

    await insertOrganizations(trx, plan.organizations, (done, total) => onProgress?.('组织机构', done, total));
    await insertProfessionals(trx, plan.professionals, cipher, (done, total) =>
      onProgress?.('法律服务人员', done, total),
    );
    const accounts = await insertAccounts(trx, plan, passwordHash, (done, total) => onProgress?.('账号', done, total));

    const summary: Omit<DemoSummary, 'isAlreadySeeded'> = {
      organizations: countBy(organizationKinds, plan.organizations),
      professionals: countBy(professionalKinds, plan.professionals),
      accounts,
    };
    await trx
      .insertInto('appSetting')
      .values({ key: settingKey, value: JSON.stringify(summary) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return { ...summary, isAlreadySeeded: false };
  });
}

async function readSeededSummary(db: Kysely<Database>): Promise<DemoSummary | undefined> {
  // As text: the CamelCasePlugin would rename the keys inside a jsonb value (pls_room → plsRoom).
  const row = await db
    .selectFrom('appSetting')
    .select(sql<string>`value::text`.as('value'))
    .where('key', '=', settingKey)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...(JSON.parse(row.value) as Omit<DemoSummary, 'isAlreadySeeded'>), isAlreadySeeded: true };
}

async function readCity(
  trx: Transaction<Database>,
): Promise<{ city: DivisionInfo; province: DivisionInfo; counties: County[] }> {
  const prefix = DEMO_CITY_CODE.slice(0, 4);
  const rows = await trx
    .selectFrom('division')
    .select(['code', 'name', 'level', 'kind', 'parentCode'])
    .where((eb) => eb.or([eb('code', 'like', `${prefix}%`), eb('code', '=', `${prefix.slice(0, 2)}0000000000`)]))
    .orderBy('code')
    .execute();
  const city = rows.find((r) => r.code === DEMO_CITY_CODE);
  const province = rows.find((r) => r.level === 'province');
  const villageCount = rows.filter((r) => r.level === 'village').length;
  if (!city || !province || villageCount === 0) {
    throw new DemoSeedError(
      `The demo data needs the divisions of ${DEMO_CITY_CODE} (济宁市) and its province: load them first (npm run db:load-divisions)`,
    );
  }
  const cityAddress = `${province.name}${city.name}`;
  const counties: County[] = [];
  const countyByCode = new Map<string, County>();
  const townshipByCode = new Map<string, Township>();
  for (const row of rows) {
    if (row.level === 'county') {
      const county: County = {
        ...row,
        shortName: countyShortName(row.name),
        address: `${cityAddress}${row.name}`,
        townships: [],
      };
      counties.push(county);
      countyByCode.set(row.code, county);
    } else if (row.level === 'township') {
      const county = countyByCode.get(row.parentCode ?? '');
      if (!county) continue;
      const township: Township = { ...row, county, address: `${county.address}${row.name}`, villages: [] };
      county.townships.push(township);
      townshipByCode.set(row.code, township);
    } else if (row.level === 'village') {
      const township = townshipByCode.get(row.parentCode ?? '');
      if (!township) continue;
      const shortName = villageShortName(row.name);
      township.villages.push({ ...row, township, shortName, address: `${township.address}${shortName}` });
    }
  }
  return { city, province, counties };
}

interface DemoPlan {
  organizations: OrgPlan[];
  professionals: ProPlan[];
  cityCentre: OrgPlan;
  cityBureau: OrgPlan;
  countyCentres: Map<string, OrgPlan>;
  countyBureaus: Map<string, OrgPlan>;
  /** The professionals the handler accounts log in as, by username. */
  accountProfessionals: Map<string, ProPlan>;
}

/** Builds every row in memory, in a fixed order; nothing here touches the database. */
function planDemo({ city, province, counties }: Awaited<ReturnType<typeof readCity>>): DemoPlan {
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
  const firmRng = new Random('law-firm');
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

  const appraisalRng = new Random('appraisal');
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
  const grassrootsRng = new Random('grassroots-office');
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

  // People.
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

  for (const account of DEMO_ACCOUNTS) {
    const professional = accountProfessionals.get(account.username);
    if (professional) professional.name = account.displayName;
  }
  for (const username of ['lawyer', 'mediator', 'advisor']) {
    if (!accountProfessionals.has(username)) {
      throw new DemoSeedError(`No professional found for the demo account ${username}: are the divisions Jining's?`);
    }
  }

  return { organizations, professionals, cityCentre, cityBureau, countyCentres, countyBureaus, accountProfessionals };
}

/** Firms and institutes sit in a subdistrict (the county seat) when the county has one. */
function firmSeat(rng: Random, county: County): { code: string; address: string } {
  const urban = county.townships.filter((t) => t.kind === 'subdistrict');
  const seats: ReadonlyArray<{ code: string; address: string }> =
    urban.length > 0 ? urban : county.townships.length > 0 ? county.townships : [county];
  return rng.pick(seats);
}

const batchSize = 1000;

async function insertOrganizations(
  trx: Transaction<Database>,
  organizations: OrgPlan[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  // Parents first: each depth is inserted once the ids of the depth above are known.
  const maxDepth = Math.max(...organizations.map((o) => o.depth));
  let done = 0;
  progress(0, organizations.length);
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const level = organizations.filter((o) => o.depth === depth);
    for (let start = 0; start < level.length; start += batchSize) {
      const batch = level.slice(start, start + batchSize);
      const rows = await trx
        .insertInto('organization')
        .values(
          batch.map((o) => ({
            kind: o.kind,
            name: o.name,
            divisionCode: o.divisionCode,
            parentId: o.parent ? o.parent.id! : null,
            address: o.address,
            servicePhone: o.servicePhone,
            isDemo: true,
          })),
        )
        .returning(['id', 'name', 'divisionCode'])
        .execute();
      assignIds(batch, rows, 'organization');
      done += batch.length;
      progress(done, organizations.length);
    }
  }
}

async function insertProfessionals(
  trx: Transaction<Database>,
  professionals: ProPlan[],
  cipher: FieldCipher,
  progress: (done: number, total: number) => void,
): Promise<void> {
  progress(0, professionals.length);
  for (let start = 0; start < professionals.length; start += batchSize) {
    const batch = professionals.slice(start, start + batchSize);
    const rows = await trx
      .insertInto('professional')
      .values(
        batch.map((p) => ({
          kind: p.kind,
          name: p.name,
          organizationId: p.organization ? p.organization.id! : null,
          divisionCode: p.divisionCode,
          licenceNo: p.licenceNo,
          // Personal numbers exist only encrypted, with the keyed hash for lookup.
          phoneCipher: cipher.encrypt(p.phone),
          phoneHash: cipher.lookupHash(p.phone),
          isDemo: true,
        })),
      )
      .returning(['id', 'name', 'divisionCode'])
      .execute();
    assignIds(batch, rows, 'professional');
    progress(start + batch.length, professionals.length);
  }
}

/** RETURNING lists rows in VALUES order; checked, because the ids wire up every later row. */
function assignIds(
  batch: Array<{ name: string; divisionCode: string; id?: number }>,
  rows: Array<{ id: number; name: string; divisionCode: string }>,
  table: string,
): void {
  if (rows.length !== batch.length)
    throw new DemoSeedError(`${table}: ${rows.length} rows returned for ${batch.length}`);
  rows.forEach((row, i) => {
    const plan = batch[i]!;
    if (plan.name !== row.name || plan.divisionCode !== row.divisionCode) {
      throw new DemoSeedError(`${table}: RETURNING order differs from VALUES order at ${plan.name}`);
    }
    plan.id = row.id;
  });
}

async function insertAccounts(
  trx: Transaction<Database>,
  plan: DemoPlan,
  passwordHash: string,
  progress: (done: number, total: number) => void,
): Promise<DemoSummary['accounts']> {
  progress(0, DEMO_ACCOUNTS.length);
  const organizationOf = (account: DemoAccount): OrgPlan | null => {
    const professional = plan.accountProfessionals.get(account.username);
    if (professional) return professional.organization;
    switch (account.role) {
      case 'hotline_agent':
      case 'dispatcher':
        return plan.cityCentre; // the 12348 hotline and city-wide dispatch sit in the city centre
      case 'window_clerk':
        return plan.countyCentres.get(account.scope) ?? plan.cityCentre;
      case 'admin':
        return plan.countyBureaus.get(account.scope) ?? plan.cityBureau;
      default:
        return plan.cityBureau;
    }
  };
  const rows = DEMO_ACCOUNTS.map((account) => ({
    username: account.username,
    displayName: account.displayName,
    passwordHash,
    roles: [account.role],
    scopeDivisionCode: account.scope,
    organizationId: organizationOf(account)?.id ?? null,
    professionalId: plan.accountProfessionals.get(account.username)?.id ?? null,
    isDemo: true,
  }));
  // A username someone already took by hand is left alone rather than failing the seed.
  const created = await trx
    .insertInto('appUser')
    .values(rows)
    .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
    .returning('username')
    .execute();
  progress(DEMO_ACCOUNTS.length, DEMO_ACCOUNTS.length);
  const createdNames = new Set(created.map((r) => r.username));
  return DEMO_ACCOUNTS.filter((a) => createdNames.has(a.username)).map(({ username, role, scope }) => ({
    username,
    role,
    scope,
  }));
}

function countBy<K extends string>(kinds: readonly K[], rows: ReadonlyArray<{ kind: K }>): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
