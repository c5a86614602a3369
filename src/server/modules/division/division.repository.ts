import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

function selectDivisions(db: Kysely<Database>) {
  return db
    .selectFrom('division as d')
    .select(['d.code', 'd.name', 'd.level', 'd.kind', 'd.parentCode'])
    .select(sql<number>`(select count(*) from division c where c.parent_code = d.code)`.as('childCount'));
}

export function listChildDivisions(db: Kysely<Database>, parentCode: string, limit: number) {
  return selectDivisions(db).where('d.parentCode', '=', parentCode).orderBy('d.code').limit(limit).execute();
}

/** The installation's top divisions: the cities loaded (Jining in the demo). */
export function listRootDivisions(db: Kysely<Database>, limit: number) {
  return selectDivisions(db).where('d.level', '=', 'city').orderBy('d.code').limit(limit).execute();
}

export function searchDivisions(db: Kysely<Database>, q: string, limit: number) {
  const query = selectDivisions(db).limit(limit);
  if (/^\d+$/.test(q)) return query.where('d.code', 'like', `${q}%`).orderBy('d.code').execute();
  // Coarser levels first: a search for 任城 should show the district before its villages.
  return query
    .where('d.name', 'like', `%${escapeLike(q)}%`)
    .orderBy(sql`array_position(array['province','city','county','township','village'], d.level)`)
    .orderBy('d.code')
    .execute();
}

export function findDivisions(db: Kysely<Database>, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return selectDivisions(db).where('d.code', 'in', codes).orderBy('d.code').execute();
}

export function countDivisionsByLevel(db: Kysely<Database>, prefix: string) {
  return db
    .selectFrom('division')
    .select(['level', db.fn.countAll<number>().as('count')])
    .where('code', 'like', `${prefix}%`)
    .groupBy('level')
    .execute();
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
