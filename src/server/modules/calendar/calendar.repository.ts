import { type Kysely, sql } from 'kysely';
import type { CalendarDayKind } from '../../../shared/domain/calendar';
import type { Database } from '../../db/schema';

export interface CalendarDayInput {
  day: string;
  kind: CalendarDayKind;
  name: string | null;
  provisional: boolean;
}

/** The days of one year, with the name of whoever last set each. */
export function listDaysOfYear(db: Kysely<Database>, year: number) {
  return db
    .selectFrom('calendarDay as c')
    .leftJoin('appUser as u', 'u.id', 'c.updatedBy')
    .select(['c.day', 'c.kind', 'c.name', 'c.provisional', 'c.updatedAt', 'u.displayName as updatedByName'])
    .where('c.day', '>=', `${year}-01-01`)
    .where('c.day', '<=', `${year}-12-31`)
    .orderBy('c.day')
    .execute();
}

export function findDay(db: Kysely<Database>, day: string) {
  return db
    .selectFrom('calendarDay as c')
    .leftJoin('appUser as u', 'u.id', 'c.updatedBy')
    .select(['c.day', 'c.kind', 'c.name', 'c.provisional', 'c.updatedAt', 'u.displayName as updatedByName'])
    .where('c.day', '=', day)
    .executeTakeFirst();
}

/** Every override, for the deadline calculator's cache (a few hundred rows for a decade). */
export function listAllDays(db: Kysely<Database>) {
  return db.selectFrom('calendarDay').select(['day', 'kind', 'provisional']).orderBy('day').execute();
}

export async function hasAnyDay(db: Kysely<Database>) {
  return !!(await db.selectFrom('calendarDay').select('day').limit(1).executeTakeFirst());
}

/** An administrator's edit: it confirms the day, so it is no longer provisional. */
export async function upsertDay(db: Kysely<Database>, input: CalendarDayInput, updatedBy: number, at: Date) {
  await db
    .insertInto('calendarDay')
    .values({ ...input, updatedBy, updatedAt: at })
    .onConflict((oc) =>
      oc.column('day').doUpdateSet({
        kind: input.kind,
        name: input.name,
        provisional: input.provisional,
        updatedBy,
        updatedAt: at,
      }),
    )
    .execute();
}

export async function deleteDay(db: Kysely<Database>, day: string) {
  const deleted = await db.deleteFrom('calendarDay').where('day', '=', day).returning('day').execute();
  return deleted.length > 0;
}

/**
 * Seed rows, upserted; unchanged rows are not rewritten, so a second load writes nothing.
 * Returns how many were inserted and how many changed.
 */
export async function upsertSeedDays(db: Kysely<Database>, rows: CalendarDayInput[]) {
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const written = await db
    .insertInto('calendarDay')
    .values(rows.map((r) => ({ ...r, updatedBy: null })))
    .onConflict((oc) =>
      oc
        .column('day')
        .doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          provisional: eb.ref('excluded.provisional'),
          updatedBy: null,
          updatedAt: sql<Date>`now()`,
        }))
        .where(
          sql<boolean>`(calendar_day.kind, calendar_day.name, calendar_day.provisional)
            is distinct from (excluded.kind, excluded.name, excluded.provisional)`,
        ),
    )
    // xmax is 0 on a freshly inserted tuple and set on an updated one.
    .returning(sql<boolean>`(xmax = 0)`.as('isInserted'))
    .execute();
  const inserted = written.filter((r) => r.isInserted).length;
  return { inserted, updated: written.length - inserted };
}
