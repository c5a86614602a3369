import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { SmsProvider } from './sms.provider';

export interface NewMessage {
  recipientCipher: string;
  body: string;
  purpose: string;
  workOrderId: number | null;
}

/**
 * Queues an SMS inside the caller's transaction: it exists exactly when what it announces does.
 * `sendAt` holds it back (a notice to staff waits for office hours).
 */
export async function enqueueSms(
  trx: Transaction<Database>,
  message: NewMessage,
  now: Date,
  sendAt: Date = now,
): Promise<void> {
  await trx
    .insertInto('messageOutbox')
    .values({ channel: 'sms', ...message, nextAttemptAt: sendAt, createdAt: now })
    .execute();
}

/** Minutes to wait after the n-th failure; after the last, the message is marked failed. */
export const retryDelaysMinutes = [1, 5, 15, 60, 240, 720];

export interface SendResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends what is due. Rows are claimed with FOR UPDATE SKIP LOCKED inside the transaction that
 * records the outcome, so two processes never send one message, and a process dying mid-send
 * leaves it pending for the next run (at least once; gateways de-duplicate by our id).
 */
export async function sendDueMessages(deps: AppDeps, provider: SmsProvider, batch = 50): Promise<SendResult> {
  const result: SendResult = { sent: 0, retried: 0, failed: 0 };
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('messageOutbox')
      .select(['id', 'recipientCipher', 'body', 'attempts'])
      .where('status', '=', 'pending')
      .where('nextAttemptAt', '<=', now)
      .orderBy('id')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const message of due) {
      try {
        const { providerMessageId } = await provider.send(deps.cipher.decrypt(message.recipientCipher), message.body);
        await trx
          .updateTable('messageOutbox')
          .set({ status: 'sent', sentAt: now, providerMessageId, attempts: message.attempts + 1, lastError: null })
          .where('id', '=', message.id)
          .execute();
        result.sent += 1;
      } catch (error) {
        const delay = retryDelaysMinutes[message.attempts];
        await trx
          .updateTable('messageOutbox')
          .set({
            attempts: message.attempts + 1,
            lastError: String((error as Error).message ?? error).slice(0, 500),
            status: delay === undefined ? 'failed' : 'pending',
            nextAttemptAt: sql`${now}::timestamptz + make_interval(mins => ${delay ?? 0})`,
          })
          .where('id', '=', message.id)
          .execute();
        if (delay === undefined) result.failed += 1;
        else result.retried += 1;
      }
    }
  });
  return result;
}
