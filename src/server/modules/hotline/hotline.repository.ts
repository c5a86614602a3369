import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, HotlineCallTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export function insertCall(db: Db, values: Insertable<HotlineCallTable>) {
  return db.insertInto('hotlineCall').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findCallOfAgent(db: Db, id: number, agentId: number) {
  return db
    .selectFrom('hotlineCall')
    .selectAll()
    .where('id', '=', id)
    .where('agentId', '=', agentId)
    .executeTakeFirst();
}

/** The agent's latest call still on the line, started since `since` (a reloaded console picks it up). */
export function findOpenCallOfAgent(db: Db, agentId: number, since: Date) {
  return db
    .selectFrom('hotlineCall')
    .selectAll()
    .where('agentId', '=', agentId)
    .where('endedAt', 'is', null)
    .where('startedAt', '>=', since)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function endCall(db: Db, id: number, endedAt: Date, durationSeconds: number) {
  return db
    .updateTable('hotlineCall')
    .set({ endedAt, durationSeconds })
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Links a call to the order it produced; false when the call is not this agent's or already linked. */
export async function linkCall(db: Db, id: number, agentId: number, workOrderId: number) {
  const result = await db
    .updateTable('hotlineCall')
    .set({ workOrderId })
    .where('id', '=', id)
    .where('agentId', '=', agentId)
    .where('workOrderId', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
