import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Work-order changes, told to every server process through PostgreSQL NOTIFY. Queues listen
 * (server-sent events) and refresh themselves without a reload.
 *
 * Announced right after the change commits, as a statement of its own: a NOTIFY inside the
 * writing transaction holds PostgreSQL's one notify lock through that transaction's WAL flush,
 * which serialised every writer (bench/intake: 2.5 times fewer intakes per second). A change
 * that rolls back is still never announced; a process dying between the commit and this
 * statement loses that one live update, which the next change or a reload of the queue shows.
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

export async function announceChange(db: Kysely<Database>, change: WorkOrderChange): Promise<void> {
  await sql`select pg_notify(${workOrderChannel}, ${JSON.stringify(change)})`.execute(db);
}

export function parseChange(payload: string): WorkOrderChange | undefined {
  try {
    const change = JSON.parse(payload) as WorkOrderChange;
    return typeof change.id === 'number' && typeof change.divisionCode === 'string' ? change : undefined;
  } catch {
    return undefined;
  }
}
