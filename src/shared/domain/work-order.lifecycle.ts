import type { Permission } from './role';

/**
 * The life of a work order (glossary "Work-order life"). States are where an order rests;
 * actions are what people do to it. Transfer, extension, supervision, follow-up and reopen
 * are actions, not states: an order under supervision is still, say, in progress.
 */
export const workOrderStatuses = [
  'received',
  'answered',
  'dispatched',
  'accepted',
  'returned',
  'in_progress',
  'resolved',
  'closed',
] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

/** States in which the order still waits for someone; overdue sweeps and queues look only at these. */
export const openStatuses: readonly WorkOrderStatus[] = [
  'received',
  'dispatched',
  'accepted',
  'returned',
  'in_progress',
];

export const workOrderActions = [
  'answer',
  'dispatch',
  'transfer',
  'accept',
  'return',
  'start',
  'request_extension',
  'approve_extension',
  'reject_extension',
  'supervise',
  'remind',
  'note',
  'resolve',
  'follow_up',
  'reopen',
  'close',
] as const;
export type WorkOrderAction = (typeof workOrderActions)[number];

/** `same` keeps the status: the action is recorded and may change deadlines or flags. */
export interface Move {
  action: WorkOrderAction;
  from: WorkOrderStatus;
  to: WorkOrderStatus | 'same';
}

const handling: readonly WorkOrderStatus[] = ['accepted', 'in_progress'];
const waiting: readonly WorkOrderStatus[] = ['received', 'dispatched', 'accepted', 'returned', 'in_progress'];
const notClosed: readonly WorkOrderStatus[] = workOrderStatuses.filter((s) => s !== 'closed');

const moves = (action: WorkOrderAction, from: readonly WorkOrderStatus[], to: Move['to']): Move[] =>
  from.map((f) => ({ action, from: f, to }));

/** Every legal move. The server refuses anything else (409 invalid_transition); the UI offers only these. */
export const workOrderMoves: readonly Move[] = [
  ...moves('answer', ['received'], 'answered'),
  ...moves('dispatch', ['received', 'returned'], 'dispatched'),
  ...moves('transfer', ['dispatched', 'accepted', 'in_progress'], 'dispatched'),
  ...moves('accept', ['dispatched'], 'accepted'),
  ...moves('return', ['dispatched', 'accepted', 'in_progress'], 'returned'),
  ...moves('start', ['accepted'], 'in_progress'),
  ...moves('request_extension', handling, 'same'),
  ...moves('approve_extension', handling, 'same'),
  ...moves('reject_extension', handling, 'same'),
  ...moves('supervise', waiting, 'same'),
  ...moves('remind', waiting, 'same'),
  ...moves('note', notClosed, 'same'),
  ...moves('resolve', handling, 'resolved'),
  ...moves('follow_up', ['answered', 'resolved'], 'same'),
  // A reopened order goes back to the organisation that handled it; one answered on the spot had none.
  ...moves('reopen', ['resolved'], 'dispatched'),
  ...moves('reopen', ['answered'], 'received'),
  ...moves('close', ['answered', 'resolved'], 'closed'),
];

/** Who may take each action. Citizens rate through the public API, which the service maps to follow_up. */
export const actionPermission: Record<WorkOrderAction, Permission> = {
  answer: 'work_order.intake',
  dispatch: 'work_order.dispatch',
  transfer: 'work_order.dispatch',
  accept: 'work_order.handle',
  return: 'work_order.handle',
  start: 'work_order.handle',
  request_extension: 'work_order.handle',
  approve_extension: 'work_order.supervise',
  reject_extension: 'work_order.supervise',
  supervise: 'work_order.supervise',
  remind: 'work_order.supervise',
  note: 'work_order.read',
  resolve: 'work_order.handle',
  follow_up: 'work_order.intake',
  reopen: 'work_order.supervise',
  close: 'work_order.dispatch',
};

/** Actions that must say why: a person reading the history later needs the reason. (Resolve carries its result.) */
export const reasonRequired: ReadonlySet<WorkOrderAction> = new Set([
  'transfer',
  'return',
  'request_extension',
  'reject_extension',
  'supervise',
  'remind',
  'note',
  'reopen',
]);

/** The status after `action` from `from`, or undefined when the move is not legal. */
export function nextStatus(from: WorkOrderStatus, action: WorkOrderAction): WorkOrderStatus | undefined {
  const move = workOrderMoves.find((m) => m.from === from && m.action === action);
  if (!move) return undefined;
  return move.to === 'same' ? from : move.to;
}

/** The actions legal from a status, in table order, without repeats. */
export function legalActions(from: WorkOrderStatus): WorkOrderAction[] {
  return [...new Set(workOrderMoves.filter((m) => m.from === from).map((m) => m.action))];
}

export const isOpen = (status: WorkOrderStatus) => openStatuses.includes(status);
