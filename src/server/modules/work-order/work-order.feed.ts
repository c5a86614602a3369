import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Work-order changes, told to every server process through PostgreSQL NOTIFY. Sent inside
 * the transaction that makes the change, so a change that rolls back is never announced.
 * Queues listen (server-sent events) and refresh themselves without a reload.
 */
export const workOrderChannel = 'work_order_changes';

export interface WorkOrderChange {
  id: number;
  code: string;
  action: string;
  status: string;
  divisionCode: string;
  organizationId: number | null;
  assigneeId: number | null;
}

export async function announceChange(trx: Transaction<Database>, change: WorkOrderChange): Promise<void> {
  await sql`select pg_notify(${workOrderChannel}, ${JSON.stringify(change)})`.execute(trx);
}

export function parseChange(payload: string): WorkOrderChange | undefined {
  try {
    const change = JSON.parse(payload) as WorkOrderChange;
    return typeof change.id === 'number' && typeof change.divisionCode === 'string' ? change : undefined;
  } catch {
    return undefined;
  }
}
