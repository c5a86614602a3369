import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { LegalAidAssignmentTable } from '../../db/schema.legal-aid';

type Db = Kysely<Database>;

/**
 * The aid pool of a county with each member's organisation, linked account, open aid cases
 * (current assignments on orders not closed) and last assignment.
 */
export function listPool(db: Db, countyCode: string) {
  return db
    .selectFrom('legalAidPoolMember as m')
    .innerJoin('professional as p', 'p.id', 'm.professionalId')
    .leftJoin('organization as o', 'o.id', 'p.organizationId')
    .select([
      'm.professionalId',
      'm.kind',
      'm.isActive',
      'p.name',
      'p.organizationId',
      'o.name as organizationName',
      (eb) =>
        eb
          .selectFrom('legalAidAssignment as a')
          .innerJoin('workOrder as w', 'w.id', 'a.workOrderId')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('a.professionalId', '=', 'm.professionalId')
          .where('a.endedAt', 'is', null)
          .where('w.status', '!=', 'closed')
          .as('openCases'),
      (eb) =>
        eb
          .selectFrom('legalAidAssignment as a')
          .select((e) => e.fn.max('a.assignedAt').as('last'))
          .whereRef('a.professionalId', '=', 'm.professionalId')
          .as('lastAssignedAt'),
      (eb) =>
        eb
          .selectFrom('appUser as u')
          .select('u.id')
          .whereRef('u.professionalId', '=', 'm.professionalId')
          .whereRef('u.organizationId', '=', 'p.organizationId')
          .where('u.isDisabled', '=', false)
          .where(sql<boolean>`u.roles && array['lawyer','mediator','village_legal_advisor']::text[]`)
          .orderBy('u.id')
          .limit(1)
          .as('userId'),
    ])
    .where('m.divisionCode', '=', countyCode)
    .orderBy('m.professionalId')
    .execute();
}

export type PoolRow = Awaited<ReturnType<typeof listPool>>[number];

/** Who is on the duty roster on a date (YYYY-MM-DD). */
export async function listOnDuty(db: Db, date: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('legalAidDutyRoster')
    .select('professionalId')
    .where('dutyDate', '=', date)
    .execute();
  return new Set(rows.map((r) => r.professionalId));
}

/** The open aid cases (current assignment, order not closed) of these professionals or organisations, other than `exceptOrder`. */
export function listOpenCases(db: Db, professionalIds: number[], organizationIds: number[], exceptOrder: number) {
  if (professionalIds.length === 0 && organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('legalAidAssignment as a')
    .innerJoin('workOrder as w', 'w.id', 'a.workOrderId')
    .innerJoin('citizen as c', 'c.id', 'w.citizenId')
    .innerJoin('legalAidApplication as l', 'l.workOrderId', 'a.workOrderId')
    .innerJoin('professional as p', 'p.id', 'a.professionalId')
    .select([
      'a.workOrderId',
      'w.code',
      'a.professionalId',
      'a.organizationId',
      'p.name as handlerName',
      'c.name as clientName',
      'c.idNumberCipher as clientIdCipher',
      'l.opposingPartyCipher',
    ])
    .where('a.endedAt', 'is', null)
    .where('w.status', '!=', 'closed')
    .where('a.workOrderId', '!=', exceptOrder)
    .where((eb) =>
      eb.or([
        ...(professionalIds.length ? [eb('a.professionalId', 'in', professionalIds)] : []),
        ...(organizationIds.length ? [eb('a.organizationId', 'in', organizationIds)] : []),
      ]),
    )
    .orderBy('a.workOrderId')
    .execute();
}

/** The handler kinds of the current assignments made in [from, to): the lawyers' share of the period. */
export function listHandlerKinds(db: Db, from: Date, to: Date) {
  return db
    .selectFrom('legalAidAssignment')
    .select('handlerKind')
    .where('endedAt', 'is', null)
    .where('assignedAt', '>=', from)
    .where('assignedAt', '<', to)
    .execute();
}

/** The current assignment of an order, with names. */
export function findCurrent(db: Db, workOrderId: number) {
  return db
    .selectFrom('legalAidAssignment as a')
    .innerJoin('professional as p', 'p.id', 'a.professionalId')
    .innerJoin('organization as o', 'o.id', 'a.organizationId')
    .leftJoin('appUser as u', 'u.id', 'a.assignedBy')
    .select([
      'a.id',
      'a.professionalId',
      'p.name',
      'a.handlerKind',
      'a.organizationId',
      'o.name as organizationName',
      'a.via',
      'a.assignedAt',
      'u.displayName as assignedByName',
    ])
    .where('a.workOrderId', '=', workOrderId)
    .where('a.endedAt', 'is', null)
    .executeTakeFirst();
}

export function endAssignment(db: Db, id: number, at: Date) {
  return db.updateTable('legalAidAssignment').set({ endedAt: at }).where('id', '=', id).execute();
}

export function insertAssignment(db: Db, row: Insertable<LegalAidAssignmentTable>) {
  return db.insertInto('legalAidAssignment').values(row).returning('id').executeTakeFirstOrThrow();
}
