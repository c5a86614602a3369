import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { escapeLike } from '../division/division.repository';

export interface OrganizationFilter {
  scopePrefix: string;
  divisionPrefix?: string | undefined;
  kind?: string | undefined;
  q?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

/** Organisations inside a scope, with the columns the directory shows. */
function selectOrganizations(db: Kysely<Database>, scopePrefix: string) {
  return db
    .selectFrom('organization as o')
    .innerJoin('division as d', 'd.code', 'o.divisionCode')
    .select([
      'o.id',
      'o.kind',
      'o.name',
      'o.divisionCode',
      'd.name as divisionName',
      'o.address',
      'o.servicePhone',
      'o.isDemo',
    ])
    .select(sql<number>`(select count(*) from professional p where p.organization_id = o.id)`.as('professionalCount'))
    .where('o.divisionCode', 'like', `${scopePrefix}%`);
}

export function listOrganizations(db: Kysely<Database>, f: OrganizationFilter) {
  let query = selectOrganizations(db, f.scopePrefix)
    .orderBy('o.id')
    .limit(f.limit + 1);
  if (f.divisionPrefix) query = query.where('o.divisionCode', 'like', `${f.divisionPrefix}%`);
  if (f.kind) query = query.where('o.kind', '=', f.kind);
  if (f.q) query = query.where('o.name', 'like', `%${escapeLike(f.q)}%`);
  if (f.afterId) query = query.where('o.id', '>', f.afterId);
  return query.execute();
}

export function getOrganization(db: Kysely<Database>, id: number, scopePrefix: string) {
  return selectOrganizations(db, scopePrefix).where('o.id', '=', id).executeTakeFirst();
}

export interface ProfessionalFilter extends OrganizationFilter {
  organizationId?: number | undefined;
}

export function listProfessionals(db: Kysely<Database>, f: ProfessionalFilter) {
  let query = db
    .selectFrom('professional as p')
    .innerJoin('division as d', 'd.code', 'p.divisionCode')
    .leftJoin('organization as o', 'o.id', 'p.organizationId')
    .select([
      'p.id',
      'p.kind',
      'p.name',
      'p.organizationId',
      'o.name as organizationName',
      'p.divisionCode',
      'd.name as divisionName',
      'p.licenceNo',
      'p.phoneCipher',
      'p.isDemo',
    ])
    .where('p.divisionCode', 'like', `${f.scopePrefix}%`)
    .orderBy('p.id')
    .limit(f.limit + 1);
  if (f.divisionPrefix) query = query.where('p.divisionCode', 'like', `${f.divisionPrefix}%`);
  if (f.kind) query = query.where('p.kind', '=', f.kind);
  if (f.organizationId) query = query.where('p.organizationId', '=', f.organizationId);
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    query = query.where((eb) => eb.or([eb('p.name', 'like', pattern), eb('p.licenceNo', 'like', pattern)]));
  }
  if (f.afterId) query = query.where('p.id', '>', f.afterId);
  return query.execute();
}

export function countOrganizationsByKind(db: Kysely<Database>, scopePrefix: string) {
  return db
    .selectFrom('organization')
    .select(['kind', db.fn.countAll<number>().as('count')])
    .where('divisionCode', 'like', `${scopePrefix}%`)
    .groupBy('kind')
    .orderBy('kind')
    .execute();
}

export function countProfessionalsByKind(db: Kysely<Database>, scopePrefix: string) {
  return db
    .selectFrom('professional')
    .select(['kind', db.fn.countAll<number>().as('count')])
    .where('divisionCode', 'like', `${scopePrefix}%`)
    .groupBy('kind')
    .orderBy('kind')
    .execute();
}
