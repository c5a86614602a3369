import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { DEMO_CITY_CODE } from './demo-city.figures';
import { countyShortName, villageShortName } from './demo-names';
import { DemoSeedError } from './demo-seed.error';

/**
 * The one read the demo plan needs: the city's divisions as a tree (county, township,
 * village), each with the postal address the organisations placed there will carry.
 */

export interface DivisionInfo {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parentCode: string | null;
}

export interface County extends DivisionInfo {
  shortName: string;
  address: string;
  townships: Township[];
}

export interface Township extends DivisionInfo {
  county: County;
  address: string;
  villages: Village[];
}

export interface Village extends DivisionInfo {
  township: Township;
  shortName: string;
  address: string;
}

/** The demo city, its province (for addresses) and its counties in code order. */
export interface DemoCity {
  city: DivisionInfo;
  province: DivisionInfo;
  counties: County[];
}

export async function readCity(trx: Transaction<Database>): Promise<DemoCity> {
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
