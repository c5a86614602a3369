import type { Me } from '../../../shared/schemas/auth.schema';
import { type WorkOrderQueue, workOrderQueues } from '../../../shared/schemas/work-order.schema';
import { can } from '../auth/auth.hooks';

/**
 * The queues that mean something to this user, in the server's order: dispatchers wait on
 * new and returned orders, handlers on their own and their organisation's, supervisors on
 * the late, the supervised and the extension requests. Everyone with read access has "all".
 */
export function queuesFor(me: Me): WorkOrderQueue[] {
  const shown = new Set<WorkOrderQueue>(['all']);
  if (can(me, 'work_order.dispatch')) shown.add('waiting');
  if (can(me, 'work_order.handle')) {
    shown.add('mine');
    if (me.organizationId !== null) shown.add('organization');
  }
  if (can(me, 'work_order.supervise')) {
    shown.add('overdue');
    shown.add('supervised');
    shown.add('extension');
  }
  return workOrderQueues.filter((queue) => shown.has(queue));
}

/** The queue a user opens first: where their next piece of work waits. */
export function defaultQueueFor(me: Me): WorkOrderQueue {
  const queues = queuesFor(me);
  const preferred: WorkOrderQueue[] = ['waiting', 'organization', 'mine', 'overdue'];
  return preferred.find((queue) => queues.includes(queue)) ?? 'all';
}

export function isQueue(value: string | null): value is WorkOrderQueue {
  return value !== null && (workOrderQueues as readonly string[]).includes(value);
}
