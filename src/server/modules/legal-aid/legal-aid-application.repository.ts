import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Database } from '../../db/schema';
import type { LegalAidApplicationTable } from '../../db/schema.legal-aid';

type Db = Kysely<Database>;

export function insertApplication(db: Db, row: Insertable<LegalAidApplicationTable>) {
  return db.insertInto('legalAidApplication').values(row).execute();
}

/** The application with the name of whoever decided it. */
export function findApplication(db: Db, workOrderId: number) {
  return db
    .selectFrom('legalAidApplication as a')
    .leftJoin('appUser as u', 'u.id', 'a.decidedBy')
    .selectAll('a')
    .select('u.displayName as decidedByName')
    .where('a.workOrderId', '=', workOrderId)
    .executeTakeFirst();
}
/** The application of the order with this tracking code (after a public intake, which answers with the code). */
export function findApplicationByCode(db: Db, code: string) {
  return db
    .selectFrom('legalAidApplication as a')
    .innerJoin('workOrder as w', 'w.id', 'a.workOrderId')
    .select(['a.receivedAt', 'a.reviewBy', 'a.eligibility'])
    .where('w.code', '=', code)
    .executeTakeFirst();
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The next letter number of a year: the highest so far plus one (unique per year, so a race fails loudly). */
export async function nextLetterSequence(db: Db, year: number): Promise<number> {
  const row = await db
    .selectFrom('legalAidApplication')
    .select((eb) => eb.fn.max('letterSequence').as('last'))
    .where('letterYear', '=', year)
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}

/** Writes a change only on the version that was read; false when someone changed it first. */
export async function updateApplication(
  db: Db,
  workOrderId: number,
  version: number,
  values: Updateable<LegalAidApplicationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('legalAidApplication')
    .set({ ...values, version: version + 1 })
    .where('workOrderId', '=', workOrderId)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
