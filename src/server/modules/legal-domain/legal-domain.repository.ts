import type { Kysely, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Database, LegalDomainTable } from '../../db/schema';

const columns = ['code', 'nameZh', 'nameEn', 'sortOrder', 'isActive'] as const;

export function listDomains(db: Kysely<Database>, activeOnly: boolean) {
  let q = db.selectFrom('legalDomain').select(columns).orderBy('sortOrder').orderBy('code');
  if (activeOnly) q = q.where('isActive', '=', true);
  return q.execute();
}

export function findDomain(db: Kysely<Database>, code: string) {
  return db.selectFrom('legalDomain').select(columns).where('code', '=', code).executeTakeFirst();
}

export interface NewLegalDomain {
  code: string;
  nameZh: string;
  nameEn: string;
  /** Undefined: ten after the last one, decided by the insert itself. */
  sortOrder: number | undefined;
  isActive: boolean;
}

export function insertDomain(db: Kysely<Database>, values: NewLegalDomain) {
  return db
    .insertInto('legalDomain')
    .values({
      ...values,
      sortOrder: values.sortOrder ?? sql<number>`(select coalesce(max(sort_order), 0) + 10 from legal_domain)`,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export function updateDomain(
  db: Kysely<Database>,
  code: string,
  values: Omit<Updateable<LegalDomainTable>, 'code' | 'createdAt' | 'updatedAt'>,
) {
  return db
    .updateTable('legalDomain')
    .set({ ...values, updatedAt: sql`now()` })
    .where('code', '=', code)
    .returning(columns)
    .executeTakeFirst();
}
