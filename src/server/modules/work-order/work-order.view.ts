import { maskPhone } from '../../../shared/domain/mask';
import { hasPermission } from '../../../shared/domain/role';
import type { Channel, Priority, WorkOrderKind } from '../../../shared/domain/work-order';
import {
  actionPermission,
  legalActions,
  type WorkOrderAction,
  type WorkOrderStatus,
} from '../../../shared/domain/work-order.lifecycle';
import type { PublicWorkOrder, WorkOrder, WorkOrderEvent } from '../../../shared/schemas/work-order.schema';
import type { Actor } from '../../http/actor';
import type { FieldCipher } from '../../security/field-cipher';
import type { WorkOrderRow } from './work-order.repository';

type EventRow = {
  id: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorKind: 'staff' | 'citizen' | 'system';
  actorName: string | null;
  reason: string | null;
  detail: unknown;
  at: Date;
};

/** Handling actions belong to the organisation the order was sent to, or the person it names. */
const handlingActions: ReadonlySet<WorkOrderAction> = new Set([
  'accept',
  'return',
  'start',
  'resolve',
  'request_extension',
]);

/**
 * Why an action the lifecycle allows is still not this user's to take now, or undefined.
 * The server checks the same rule the UI uses to offer buttons.
 */
export function actionRefusal(row: WorkOrderRow, actor: Actor, action: WorkOrderAction): string | undefined {
  if (!hasPermission(actor.roles, actionPermission[action])) return 'your roles do not allow this action';
  if (handlingActions.has(action)) {
    const mine = row.assigneeId === actor.userId;
    const ourOrganization = row.organizationId !== null && row.organizationId === actor.organizationId;
    if (!mine && !ourOrganization) return 'the order is not assigned to you or your organisation';
    if (row.assigneeId !== null && !mine && action !== 'accept') return 'the order is assigned to someone else';
  }
  if (action === 'request_extension' && row.extensionRequestedDays !== null) return 'an extension is already pending';
  if ((action === 'approve_extension' || action === 'reject_extension') && row.extensionRequestedDays === null)
    return 'no extension is pending';
  if (action === 'supervise' && row.supervised) return 'the order is already under supervision';
  return undefined;
}

export function availableActions(row: WorkOrderRow, actor: Actor): WorkOrderAction[] {
  return legalActions(row.status as WorkOrderStatus).filter((a) => actionRefusal(row, actor, a) === undefined);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toWorkOrder(row: WorkOrderRow, actor: Actor, cipher: FieldCipher): WorkOrder {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as WorkOrderKind,
    legalDomain: row.legalDomain,
    channel: row.channel as Channel,
    priority: row.priority as Priority,
    status: row.status as WorkOrderStatus,
    divisionCode: row.divisionCode,
    divisionName: row.divisionName,
    citizen: {
      id: row.citizenId,
      name: row.citizenName,
      phoneMasked: row.citizenPhoneCipher ? maskPhone(cipher.decrypt(row.citizenPhoneCipher)) : null,
    },
    description: row.description,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeName,
    acceptBy: iso(row.acceptBy),
    resolveBy: row.resolveBy.toISOString(),
    acceptedAt: iso(row.acceptedAt),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    result: row.result,
    supervised: row.supervised,
    overdueLevel: row.overdueLevel,
    extensionRequestedDays: row.extensionRequestedDays,
    extensionReason: row.extensionReason,
    reopenCount: row.reopenCount,
    rating: row.rating,
    ratingComment: row.ratingComment,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    actions: availableActions(row, actor),
  };
}

export function toEvent(row: EventRow): WorkOrderEvent {
  return {
    id: row.id,
    action: row.action,
    fromStatus: row.fromStatus as WorkOrderStatus | null,
    toStatus: row.toStatus as WorkOrderStatus,
    actorKind: row.actorKind,
    actorName: row.actorName,
    reason: row.reason,
    detail: (row.detail ?? {}) as Record<string, unknown>,
    at: row.at.toISOString(),
  };
}

/** Steps a citizen sees: what happened and when, never who or why (notes are internal). */
const publicActions = new Set(['create', 'answer', 'dispatch', 'transfer', 'accept', 'resolve', 'reopen', 'close']);

type PublicRow = Pick<
  WorkOrderRow,
  'code' | 'kind' | 'status' | 'divisionName' | 'organizationName' | 'createdAt' | 'resolveBy' | 'result' | 'rating'
>;

export function toPublicWorkOrder(
  row: PublicRow,
  events: Pick<EventRow, 'action' | 'toStatus' | 'at'>[],
): PublicWorkOrder {
  const status = row.status as WorkOrderStatus;
  return {
    code: row.code,
    kind: row.kind as WorkOrderKind,
    status,
    divisionName: row.divisionName,
    organizationName: row.organizationName,
    createdAt: row.createdAt.toISOString(),
    resolveBy: row.resolveBy.toISOString(),
    result: status === 'resolved' || status === 'closed' || status === 'answered' ? row.result : null,
    rating: row.rating,
    canRate: (status === 'resolved' || status === 'answered') && row.rating === null,
    steps: events
      .filter((e) => publicActions.has(e.action))
      .map((e) => ({
        action: e.action as PublicWorkOrder['steps'][number]['action'],
        status: e.toStatus as WorkOrderStatus,
        at: e.at.toISOString(),
      })),
  };
}
