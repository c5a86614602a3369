import type { Insertable, Kysely, Transaction } from 'kysely';
import { shanghaiDateOf } from '../../../shared/domain/calendar';
import { scopePrefix } from '../../../shared/domain/division';
import {
  type Channel,
  formatWorkOrderCode,
  type Priority,
  type WorkOrderKind,
} from '../../../shared/domain/work-order';
import type {
  CreateWorkOrder,
  ListWorkOrdersQuery,
  PublicCreateWorkOrder,
  PublicWorkOrder,
  WorkOrder,
  WorkOrderDetail,
} from '../../../shared/schemas/work-order.schema';
import type { Database, WorkOrderEventTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { fieldError, notFound } from '../../http/app-error';
import { decodeIdCursor, toPage } from '../../http/pagination';
import { checkLegalDomain } from '../legal-domain/legal-domain.service';
import { enqueueSms } from '../message/message.service';
import { findCitizenByIdNumber, writeCitizen } from './citizen.service';
import { deadlineClock } from './work-order.deadline';
import { announceChange } from './work-order.feed';
import { ratingRequest } from './work-order.message';
import { nextWorkOrderNumber } from './work-order.numbering';
import * as repo from './work-order.repository';
import { toEvent, toPublicWorkOrder, toWorkOrder } from './work-order.view';

interface Intake {
  kind: WorkOrderKind;
  legalDomain?: string | undefined;
  channel: Channel;
  priority: Priority;
  description: string;
  divisionCode: string;
  phone: string;
  name?: string | undefined;
  idNumber?: string | undefined;
  answer?: string | undefined;
  idempotencyKey?: string | undefined;
}

/** Runs inside the intake transaction, for a module that records something with the new order. */
export type WithinIntake = (trx: Transaction<Database>, workOrderId: number) => Promise<void>;

/**
 * Every channel ends here: one citizen, one order with its tracking code and deadline, and
 * its first events, all or nothing. A retried request with the same Idempotency-Key gets the
 * order the first attempt made (then `written` is absent: nothing was written this time).
 */
async function intake(deps: AppDeps, input: Intake, actor: Actor | undefined, within?: WithinIntake) {
  if (actor && !input.divisionCode.startsWith(actor.scopePrefix))
    throw fieldError('body.divisionCode', 'outside your data scope', 'out_of_scope');
  await checkLegalDomain(deps, input.legalDomain, 'body.legalDomain');
  if (input.idempotencyKey) {
    const earlier = await repo.findByIdempotencyKey(deps.db, input.idempotencyKey);
    if (earlier) return earlier;
  }
  const clock = await deadlineClock(deps);
  const day = shanghaiDateOf(clock.now);
  const sequence = await nextWorkOrderNumber(deps.db, day);
  const matchedCitizen = await findCitizenByIdNumber(deps.db, deps.cipher, input);
  const answered = input.answer !== undefined;
  const actorKind = actor ? 'staff' : 'citizen';
  const created = {
    action: 'create',
    fromStatus: null,
    toStatus: 'received',
    actorId: actor?.userId ?? null,
    actorKind,
    reason: null,
    detail: JSON.stringify({ channel: input.channel }),
    at: clock.now,
  } as const;
  const events = answered
    ? [created, { ...created, action: 'answer', fromStatus: 'received', toStatus: 'answered', reason: input.answer }]
    : [created];
  const code = formatWorkOrderCode(deps.config.codePrefix, day, sequence);
  const status = answered ? 'answered' : 'received';
  const change = {
    code,
    action: answered ? 'answer' : 'create',
    status,
    divisionCode: input.divisionCode,
    organizationId: null,
    assigneeId: null,
  };
  const rows: repo.IntakeRows = {
    citizen: (qc) => writeCitizen(qc, deps.cipher, input, matchedCitizen),
    order: {
      code,
      kind: input.kind,
      legalDomain: input.legalDomain ?? null,
      channel: input.channel,
      priority: input.priority,
      status,
      divisionCode: input.divisionCode,
      description: input.description,
      createdBy: actor?.userId ?? null,
      resolveBy: clock.resolveBy(input.kind),
      resolvedAt: answered ? clock.now : null,
      result: input.answer ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      createdAt: clock.now,
    },
    events,
  };
  try {
    // The common case — a citizen's own request — is one statement; what other modules record
    // with the order, and the rating request of an order answered on the spot, join a transaction.
    const order =
      within || answered
        ? await deps.db.transaction().execute(async (trx) => {
            const order = await repo.insertIntake(trx, rows);
            await within?.(trx, order.id);
            if (answered)
              await enqueueSms(trx, ratingRequest(deps, order.id, code, deps.cipher.encrypt(input.phone)), clock.now);
            return order;
          })
        : await repo.insertIntake(deps.db, rows);
    await announceChange(deps.db, { ...change, id: order.id });
    return {
      ...order,
      written: { row: { ...order, organizationName: null }, events },
    };
  } catch (error) {
    // The division's foreign key is the check that it exists: no read before the write.
    if ((error as { constraint?: string }).constraint === 'work_order_division_code_fkey')
      throw fieldError('body.divisionCode', 'no such division');
    // Two retries racing with one key: the loser finds the winner's order.
    if (input.idempotencyKey && /idempotency_key/.test(String((error as { constraint?: string }).constraint))) {
      const earlier = await repo.findByIdempotencyKey(deps.db, input.idempotencyKey);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/**
 * A citizen's own request. A module that records something with it (a legal-aid application)
 * passes `within`, and may pass the ID number its own form takes.
 */
export async function createPublicWorkOrder(
  deps: AppDeps,
  input: PublicCreateWorkOrder & { idNumber?: string | undefined },
  idempotencyKey?: string,
  within?: WithinIntake,
) {
  const order = await intake(deps, { ...input, priority: 'normal', idempotencyKey }, undefined, within);
  if ('written' in order) return toPublicWorkOrder(order.written.row, order.written.events);
  // A retry: the order as it stands now.
  const row = await repo.findWorkOrderByCode(deps.db, order.code);
  if (!row) throw notFound('work order');
  return toPublicWorkOrder(row, await repo.listEvents(deps.db, row.id));
}

export async function createWorkOrder(
  deps: AppDeps,
  actor: Actor,
  input: CreateWorkOrder,
  within?: WithinIntake,
): Promise<WorkOrder> {
  const order = await intake(deps, input, actor, within);
  return getWorkOrder(deps, actor, order.id);
}

/** A wrong phone answers exactly like an unknown code, so codes cannot be probed. */
export async function findPublicWorkOrder(deps: AppDeps, code: string, phone: string) {
  const row = await repo.findWorkOrderByCode(deps.db, code);
  if (!row || row.citizenPhoneHash !== deps.cipher.lookupHash(phone)) throw notFound('work order');
  return row;
}

export async function getPublicWorkOrder(deps: AppDeps, code: string, phone: string): Promise<PublicWorkOrder> {
  const row = await findPublicWorkOrder(deps, code, phone);
  return toPublicWorkOrder(row, await repo.listEvents(deps.db, row.id));
}

export async function loadWorkOrder(deps: AppDeps, actor: Actor, id: number) {
  const row = await repo.findWorkOrder(deps.db, id, actor.scopePrefix);
  if (!row) throw notFound('work order');
  return row;
}

export async function getWorkOrder(deps: AppDeps, actor: Actor, id: number): Promise<WorkOrder> {
  return toWorkOrder(await loadWorkOrder(deps, actor, id), actor, deps.cipher);
}

export async function getWorkOrderDetail(deps: AppDeps, actor: Actor, id: number): Promise<WorkOrderDetail> {
  const row = await loadWorkOrder(deps, actor, id);
  const events = await repo.listEvents(deps.db, id);
  return { ...toWorkOrder(row, actor, deps.cipher), events: events.map(toEvent) };
}

/** The citizen a phone number belongs to, if they have ever been in touch. */
export function findCitizenByPhone(deps: AppDeps, phone: string) {
  return repo.findCitizenByPhoneHash(deps.db, deps.cipher.lookupHash(phone));
}

/** A citizen's open matters since `since` (id, kind, description), in the caller's scope. */
export function listRecentOpenMatters(deps: AppDeps, actor: Actor, citizenId: number, since: Date) {
  return repo.listRecentOpenOrders(deps.db, citizenId, since, actor.scopePrefix);
}

/** A citizen's orders in the caller's scope, newest first (the hotline screen-pop). */
export async function listOrdersOfCitizen(deps: AppDeps, actor: Actor, citizenId: number, limit = 10) {
  const rows = await repo.listOrdersOfCitizen(deps.db, citizenId, actor.scopePrefix, limit);
  return rows.map((r) => toWorkOrder(r, actor, deps.cipher));
}

export async function listWorkOrders(deps: AppDeps, actor: Actor, query: ListWorkOrdersQuery) {
  const rows = await repo.listWorkOrders(deps.db, {
    scopePrefix: actor.scopePrefix,
    queue: query.queue,
    userId: actor.userId,
    organizationId: actor.organizationId,
    now: deps.clock(),
    status: query.status,
    kind: query.kind,
    divisionPrefix: query.divisionCode ? scopePrefix(query.divisionCode) : undefined,
    code: query.q,
    afterId: decodeIdCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit);
  return { nextCursor: page.nextCursor, items: page.items.map((r) => toWorkOrder(r, actor, deps.cipher)) };
}

/**
 * Events another module records on an order it acts on (a legal-aid decision, an objection),
 * inside that module's transaction; the order's own columns are the lifecycle's alone.
 */
export function recordWorkOrderEvents(db: Kysely<Database>, events: Insertable<WorkOrderEventTable>[]) {
  return repo.insertEvents(db, events);
}
