import type { Insertable, Transaction, Updateable } from 'kysely';
import { handlerRoles, type Role } from '../../../shared/domain/role';
import { type Priority, satisfiedRating, type WorkOrderKind } from '../../../shared/domain/work-order';
import {
  nextStatus,
  reasonRequired,
  type WorkOrderAction,
  type WorkOrderStatus,
} from '../../../shared/domain/work-order.lifecycle';
import type { WorkOrderActionInput, WorkOrderDetail } from '../../../shared/schemas/work-order.schema';
import type { Database, WorkOrderEventTable, WorkOrderTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, forbidden, versionConflict } from '../../http/app-error';
import { enqueueSms } from '../message/message.service';
import { findOrganizationInScope } from '../organization/organization.service';
import { type DeadlineClock, deadlineClock } from './work-order.deadline';
import { announceChange } from './work-order.feed';
import { ratingRequest } from './work-order.message';
import * as repo from './work-order.repository';
import { suggestRoute } from './work-order.routing';
import { getWorkOrderDetail, loadWorkOrder } from './work-order.service';
import { actionRefusal, availableActions } from './work-order.view';

type Row = repo.WorkOrderRow;
type Change = Updateable<WorkOrderTable>;
type Event = Insertable<WorkOrderEventTable>;

function invalidTransition(row: Row, action: WorkOrderAction, actor: Actor): AppError {
  const legal = availableActions(row, actor);
  return new AppError(
    'invalid_transition',
    `"${action}" is not possible on an order that is ${row.status}; possible now: ${legal.join(', ') || 'none'}.`,
    undefined,
    { status: row.status, legalActions: legal },
  );
}

/** Where the order goes on dispatch or transfer: an organisation in scope and, optionally, a handler of it. */
async function checkDestination(deps: AppDeps, actor: Actor, input: WorkOrderActionInput) {
  if (!input.organizationId) throw fieldError('body.organizationId', 'required to dispatch or transfer', 'required');
  const organization = await findOrganizationInScope(deps.db, input.organizationId, actor.scopePrefix);
  if (!organization) throw fieldError('body.organizationId', 'no such organisation in your scope', 'not_found');
  if (input.assigneeId) {
    const user = await deps.db
      .selectFrom('appUser')
      .select(['id', 'roles', 'organizationId', 'isDisabled'])
      .where('id', '=', input.assigneeId)
      .executeTakeFirst();
    const isHandler = user?.roles.some((r) => handlerRoles.includes(r as Role));
    if (!user || user.isDisabled || !isHandler || user.organizationId !== input.organizationId)
      throw fieldError('body.assigneeId', 'must be an active handler of the chosen organisation', 'invalid_assignee');
  }
}

/** The new column values and extra events of one action; pure apart from reading the clock. */
function plan(
  row: Row,
  input: WorkOrderActionInput,
  clock: DeadlineClock,
  to: WorkOrderStatus,
  actorId: number | null,
) {
  const now = clock.now;
  const change: Change = { status: to };
  const extra: { action: WorkOrderAction; to: WorkOrderStatus }[] = [];
  switch (input.action) {
    case 'dispatch':
    case 'transfer':
      Object.assign(change, {
        organizationId: input.organizationId,
        assigneeId: input.assigneeId ?? null,
        acceptBy: clock.acceptBy(row.priority as Priority),
        acceptedAt: null,
        ...noLapses,
      });
      break;
    case 'accept':
      Object.assign(change, { acceptedAt: now, assigneeId: row.assigneeId ?? actorId, ...noLapses });
      break;
    case 'return':
      Object.assign(change, { organizationId: null, assigneeId: null, acceptBy: null, acceptedAt: null, ...noLapses });
      break;
    case 'request_extension':
      if (!input.extensionDays) throw fieldError('body.extensionDays', 'required to ask for an extension', 'required');
      Object.assign(change, { extensionRequestedDays: input.extensionDays, extensionReason: input.reason });
      break;
    case 'approve_extension':
      Object.assign(change, {
        resolveBy: clock.extend(row.resolveBy, row.extensionRequestedDays ?? 0),
        extensionRequestedDays: null,
        extensionReason: null,
        ...noLapses,
      });
      break;
    case 'reject_extension':
      Object.assign(change, { extensionRequestedDays: null, extensionReason: null });
      break;
    case 'supervise':
      change.supervised = true;
      break;
    case 'answer':
      // Answered at first contact: the answer is the order's result, as the citizen will see it.
      if (!input.result) throw fieldError('body.result', 'required to answer', 'required');
      Object.assign(change, { resolvedAt: now, result: input.result });
      break;
    case 'resolve':
      if (!input.result) throw fieldError('body.result', 'required to resolve', 'required');
      Object.assign(change, { resolvedAt: now, result: input.result, extensionRequestedDays: null });
      break;
    case 'follow_up': {
      if (!input.rating) throw fieldError('body.rating', 'required for a follow-up', 'required');
      change.rating = input.rating;
      change.ratingComment = input.reason ?? null;
      const satisfied = input.rating >= satisfiedRating;
      const then = nextStatus(row.status as WorkOrderStatus, satisfied ? 'close' : 'reopen') as WorkOrderStatus;
      extra.push({ action: satisfied ? 'close' : 'reopen', to: then });
      Object.assign(change, reopenOrClose(row, clock, then));
      break;
    }
    case 'reopen':
    case 'close':
      Object.assign(change, reopenOrClose(row, clock, to));
      break;
  }
  return { change, extra };
}

/**
 * The sweep counts lapses of the deadline in force: a reminder (level 1) then supervision
 * (level 2). When that deadline changes — a new accept-by, accepted so resolve-by is what
 * counts, an extension, a reopening — the count starts again, so the next lapse is reminded
 * before it is escalated. Supervision already ordered stays.
 */
const noLapses = { overdueLevel: 0, remindedAt: null } as const;

/** A reopened order goes back to the same organisation with fresh deadlines, counted against it. */
function reopenOrClose(row: Row, clock: DeadlineClock, to: WorkOrderStatus): Change {
  if (to === 'closed') return { status: to, closedAt: clock.now };
  return {
    status: to,
    reopenCount: row.reopenCount + 1,
    rating: null,
    assigneeId: null,
    acceptedAt: null,
    resolvedAt: null,
    ...noLapses,
    acceptBy: to === 'dispatched' ? clock.acceptBy(row.priority as Priority) : null,
    resolveBy: clock.resolveBy(row.kind as WorkOrderKind),
  };
}

interface Who {
  actorId: number | null;
  actorKind: 'staff' | 'citizen' | 'system';
}

/** Writes one action: the new state and its events in one transaction, or nothing. */
export async function applyAction(
  deps: AppDeps,
  row: Row,
  input: WorkOrderActionInput,
  who: Who,
  routing: Record<string, unknown> = {},
  /** What another module records with this action, inside its transaction (all or nothing). */
  within?: (trx: Transaction<Database>) => Promise<void>,
) {
  const to = nextStatus(row.status as WorkOrderStatus, input.action);
  if (!to)
    throw new AppError('invalid_transition', `"${input.action}" is not possible on an order that is ${row.status}.`);
  if (input.version !== row.version) throw versionConflict();
  const clock = await deadlineClock(deps);
  const { change, extra } = plan(row, input, clock, to, who.actorId);
  const base = { workOrderId: row.id, actorId: who.actorId, actorKind: who.actorKind, at: clock.now };
  const events: Event[] = [
    {
      ...base,
      action: input.action,
      fromStatus: row.status,
      toStatus: to,
      reason: input.reason ?? input.result ?? null,
      detail: JSON.stringify({ ...detailOf(input), ...routing }),
    },
    ...extra.map((e) => ({ ...base, action: e.action, fromStatus: to, toStatus: e.to, reason: null })),
  ];
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.updateWorkOrder(trx, row.id, row.version, change))) throw versionConflict();
    await repo.insertEvents(trx, events);
    if ((input.action === 'resolve' || input.action === 'answer') && row.citizenPhoneCipher)
      await enqueueSms(trx, ratingRequest(deps, row.id, row.code, row.citizenPhoneCipher), clock.now);
    await within?.(trx);
  });
  await announceChange(deps.db, {
    id: row.id,
    code: row.code,
    action: input.action,
    status: (change.status as string | undefined) ?? row.status,
    divisionCode: row.divisionCode,
    organizationId: change.organizationId !== undefined ? (change.organizationId ?? null) : row.organizationId,
    assigneeId: change.assigneeId !== undefined ? (change.assigneeId ?? null) : row.assigneeId,
  });
}

/**
 * One staff action on one order: legal in the lifecycle, allowed to this user, on the version
 * they saw. Refusals name what is possible instead.
 */
export async function actOnWorkOrder(
  deps: AppDeps,
  actor: Actor,
  id: number,
  input: WorkOrderActionInput,
): Promise<WorkOrderDetail> {
  const row = await loadWorkOrder(deps, actor, id);
  if (!nextStatus(row.status as WorkOrderStatus, input.action)) throw invalidTransition(row, input.action, actor);
  const refusal = actionRefusal(row, actor, input.action);
  if (refusal) throw forbidden(`Cannot ${input.action}: ${refusal}.`);
  if (reasonRequired.has(input.action) && !input.reason)
    throw fieldError('body.reason', `a reason is required to ${input.action}`, 'required');
  let routing: Record<string, unknown> = {};
  if (input.action === 'dispatch' && !input.organizationId) {
    // No organisation chosen: the routing rules choose, and the event records which rule and why.
    const suggestion = await suggestRoute(deps, row);
    if (!suggestion.organization)
      throw fieldError('body.organizationId', 'no routing rule fits this order; choose an organisation', 'required');
    input = { ...input, organizationId: suggestion.organization.id, assigneeId: suggestion.assignee?.id };
    routing = { routing: 'auto', ruleId: suggestion.rule?.id, explanation: suggestion.explanation };
  } else if (input.action === 'dispatch' || input.action === 'transfer') {
    await checkDestination(deps, actor, input);
    routing = { routing: 'manual' };
  }
  await applyAction(deps, row, input, { actorId: actor.userId, actorKind: 'staff' }, routing);
  return getWorkOrderDetail(deps, actor, id);
}

function detailOf(input: WorkOrderActionInput): Record<string, unknown> {
  const { organizationId, assigneeId, extensionDays, rating } = input;
  return Object.fromEntries(
    Object.entries({ organizationId, assigneeId, extensionDays, rating }).filter(([, v]) => v !== undefined),
  );
}
