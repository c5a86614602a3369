import { type Insertable, type Kysely, type QueryCreator, sql, type Transaction, type Updateable } from 'kysely';
import { openStatuses } from '../../../shared/domain/work-order.lifecycle';
import type { WorkOrderQueue } from '../../../shared/schemas/work-order.schema';
import type { Database, WorkOrderEventTable, WorkOrderTable } from '../../db/schema';
import type { writeCitizen } from './citizen.service';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Reserves the next `size` numbers of the day; answers the last of them. The counter row is the
 * lock, held until this statement's commit, so intake asks for a block at a time (see
 * work-order.numbering), not a number per order.
 */
export async function reserveNumbers(db: Db, day: string, size: number): Promise<number> {
  const row = await db
    .insertInto('workOrderCounter')
    .values({ day, lastValue: size })
    .onConflict((oc) => oc.column('day').doUpdateSet({ lastValue: sql`work_order_counter.last_value + ${size}` }))
    .returning('lastValue')
    .executeTakeFirstOrThrow();
  return row.lastValue;
}

export interface IntakeRows {
  /** Writes the citizen and returns its `id` (a common table expression: see citizen.service). */
  citizen: (qc: QueryCreator<Database>) => CitizenWrite;
  order: Omit<Insertable<WorkOrderTable>, 'citizenId'>;
  events: Omit<Insertable<WorkOrderEventTable>, 'workOrderId'>[];
}
type CitizenWrite = ReturnType<typeof writeCitizen>;

/**
 * Intake as one statement: the citizen, the order and its first events.
 * A single statement is its own transaction, so it is all-or-nothing without BEGIN/COMMIT —
 * two round trips fewer than a transaction, on the busiest write of the platform (bench/intake).
 * Inside `db.transaction()` it joins that transaction instead.
 */
export function insertIntake(db: Db, rows: IntakeRows) {
  return db
    .with('c', rows.citizen)
    .with('o', (qc) =>
      qc
        .insertInto('workOrder')
        .values({ ...rows.order, citizenId: (eb) => eb.selectFrom('c').select('id') })
        .returning(['id', 'code', 'kind', 'status', 'divisionCode', 'createdAt', 'resolveBy', 'result', 'rating']),
    )
    .with('e', (qc) =>
      qc
        .insertInto('workOrderEvent')
        .values(rows.events.map((e) => ({ ...e, workOrderId: (eb) => eb.selectFrom('o').select('id') }))),
    )
    .selectFrom('o')
    .innerJoin('division as d', 'd.code', 'o.divisionCode')
    .selectAll('o')
    .select('d.name as divisionName')
    .executeTakeFirstOrThrow();
}

export function insertEvents(db: Db, events: Insertable<WorkOrderEventTable>[]) {
  return db.insertInto('workOrderEvent').values(events).execute();
}

export function findByIdempotencyKey(db: Db, key: string) {
  return db
    .selectFrom('workOrder')
    .select(['id', 'code', 'status'])
    .where('idempotencyKey', '=', key)
    .executeTakeFirst();
}

/** The order with the names the views show. `scopePrefix` '' reads any order (public lookups by code). */
function selectOrders(db: Db, scopePrefix: string) {
  return db
    .selectFrom('workOrder as w')
    .innerJoin('division as d', 'd.code', 'w.divisionCode')
    .innerJoin('citizen as c', 'c.id', 'w.citizenId')
    .leftJoin('organization as o', 'o.id', 'w.organizationId')
    .leftJoin('appUser as u', 'u.id', 'w.assigneeId')
    .selectAll('w')
    .select([
      'd.name as divisionName',
      'o.name as organizationName',
      'u.displayName as assigneeName',
      'c.name as citizenName',
      'c.phoneCipher as citizenPhoneCipher',
      'c.phoneHash as citizenPhoneHash',
    ])
    .where('w.divisionCode', 'like', `${scopePrefix}%`);
}
export type WorkOrderRow = NonNullable<Awaited<ReturnType<typeof findWorkOrder>>>;

export function findWorkOrder(db: Db, id: number, scopePrefix: string) {
  return selectOrders(db, scopePrefix).where('w.id', '=', id).executeTakeFirst();
}

export function findWorkOrderByCode(db: Db, code: string) {
  return selectOrders(db, '').where('w.code', '=', code).executeTakeFirst();
}

export interface WorkOrderFilter {
  scopePrefix: string;
  queue: WorkOrderQueue;
  userId: number;
  organizationId: number | null;
  now: Date;
  status?: string | undefined;
  kind?: string | undefined;
  divisionPrefix?: string | undefined;
  code?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

/** Queues. Newest first by id (stable paging); "waiting" and "overdue" put the oldest first. */
export function listWorkOrders(db: Db, f: WorkOrderFilter) {
  const oldestFirst = f.queue === 'waiting' || f.queue === 'overdue';
  let q = selectOrders(db, f.scopePrefix)
    .orderBy('w.id', oldestFirst ? 'asc' : 'desc')
    .limit(f.limit + 1);
  if (f.afterId) q = q.where('w.id', oldestFirst ? '>' : '<', f.afterId);
  if (f.status) q = q.where('w.status', '=', f.status);
  if (f.kind) q = q.where('w.kind', '=', f.kind);
  if (f.divisionPrefix) q = q.where('w.divisionCode', 'like', `${f.divisionPrefix}%`);
  if (f.code) q = q.where('w.code', 'like', `%${f.code.toUpperCase()}%`);
  switch (f.queue) {
    case 'waiting':
      return q.where('w.status', 'in', ['received', 'returned']).execute();
    case 'mine':
      return q
        .where('w.assigneeId', '=', f.userId)
        .where('w.status', 'in', [...openStatuses])
        .execute();
    case 'organization':
      return q
        .where('w.organizationId', '=', f.organizationId ?? -1)
        .where('w.status', 'in', [...openStatuses])
        .execute();
    case 'overdue':
      return q
        .where('w.status', 'in', [...openStatuses])
        .where((eb) =>
          eb.or([
            eb('w.resolveBy', '<', f.now),
            eb.and([eb('w.status', '=', 'dispatched'), eb('w.acceptBy', '<', f.now)]),
          ]),
        )
        .execute();
    case 'supervised':
      return q
        .where('w.supervised', '=', true)
        .where('w.status', 'in', [...openStatuses])
        .execute();
    case 'extension':
      return q.where('w.extensionRequestedDays', 'is not', null).execute();
    default:
      return q.execute();
  }
}

/** Writes a new state only if nobody changed the order since `version` was read; false otherwise. */
export async function updateWorkOrder(db: Db, id: number, version: number, values: Updateable<WorkOrderTable>) {
  const result = await db
    .updateTable('workOrder')
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function listEvents(db: Db, workOrderId: number) {
  return db
    .selectFrom('workOrderEvent as e')
    .leftJoin('appUser as u', 'u.id', 'e.actorId')
    .select([
      'e.id',
      'e.action',
      'e.fromStatus',
      'e.toStatus',
      'e.actorKind',
      'u.displayName as actorName',
      'e.reason',
      'e.detail',
      'e.at',
    ])
    .where('e.workOrderId', '=', workOrderId)
    .orderBy('e.id')
    .execute();
}

/** The citizen's earlier orders, for the hotline screen-pop and the duplicate hint. */
export function listOrdersOfCitizen(db: Db, citizenId: number, scopePrefix: string, limit: number) {
  return selectOrders(db, scopePrefix)
    .where('w.citizenId', '=', citizenId)
    .orderBy('w.id', 'desc')
    .limit(limit)
    .execute();
}

export function findCitizenByPhoneHash(db: Db, phoneHash: string) {
  return db.selectFrom('citizen').select(['id', 'name']).where('phoneHash', '=', phoneHash).executeTakeFirst();
}

/** A citizen's open orders created since `since`, in the caller's scope, for the duplicate hint. */
export function listRecentOpenOrders(db: Db, citizenId: number, since: Date, scopePrefix: string) {
  return db
    .selectFrom('workOrder')
    .select(['id', 'kind', 'description'])
    .where('citizenId', '=', citizenId)
    .where('createdAt', '>=', since)
    .where('status', 'in', [...openStatuses])
    .where('divisionCode', 'like', `${scopePrefix}%`)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

/**
 * The active handlers of an organisation with their open orders, for the fair rotation.
 * (Reads app_user for the roles: the account module has no such listing, and this is a read.)
 */
export function listHandlerLoads(db: Db, organizationId: number, handlerRoles: readonly string[]) {
  return db
    .selectFrom('appUser as u')
    .select(['u.id', 'u.displayName as name'])
    .select((eb) =>
      eb
        .selectFrom('workOrder as w')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('w.assigneeId', '=', 'u.id')
        .where('w.status', 'in', [...openStatuses])
        .as('openOrders'),
    )
    .where('u.organizationId', '=', organizationId)
    .where('u.isDisabled', '=', false)
    .where(sql<boolean>`u.roles && ${sql.val(handlerRoles)}::text[]`)
    .execute();
}

/** Where an overdue notice goes: the handler; while nobody has accepted, the organisation's handlers. */
export async function listNoticePhones(
  db: Db,
  order: { assigneeId: number | null; organizationId: number | null },
  handlerRoles: readonly string[],
) {
  if (order.assigneeId === null && order.organizationId === null) return [];
  let q = db
    .selectFrom('appUser')
    .select('phoneCipher')
    .where('isDisabled', '=', false)
    .where('phoneCipher', 'is not', null);
  q =
    order.assigneeId !== null
      ? q.where('id', '=', order.assigneeId)
      : q
          .where('organizationId', '=', order.organizationId)
          .where(sql<boolean>`roles && ${sql.val(handlerRoles)}::text[]`);
  const rows = await q.execute();
  return rows.map((r) => r.phoneCipher as string);
}
