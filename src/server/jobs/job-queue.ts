import { sql } from 'kysely';
import type pg from 'pg';
import PgBoss from 'pg-boss';
import type { AppDeps } from '../deps';
import { sendDueMessages } from '../modules/message/message.service';
import { logSmsProvider } from '../modules/message/sms.provider';
import { sweepOverdueWorkOrders } from '../modules/work-order/work-order.sweep';

export interface JobQueue {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobDefinition {
  name: string;
  /** When it runs by itself (Asia/Shanghai), or null for a job only ever sent. */
  cron: string | null;
  run(deps: AppDeps, log: Logger): Promise<unknown>;
}

/** Every background job. */
export const jobDefinitions: readonly JobDefinition[] = [
  { name: 'work-order-sweep', cron: '* * * * *', run: (deps) => sweepOverdueWorkOrders(deps) },
  { name: 'message-send', cron: '* * * * *', run: (deps, log) => sendDueMessages(deps, logSmsProvider(log)) },
  // Planner statistics. The embedded database has no autovacuum, so without this its planner
  // never learns the tables' sizes and may scan an index instead of using a primary key.
  { name: 'database-analyze', cron: '30 3 * * *', run: (deps) => sql`analyze`.execute(deps.db) },
];

/**
 * pg-boss on our own connections (the embedded database has exactly one). Its fetch claims
 * jobs with FOR UPDATE SKIP LOCKED and a schedule makes one job per slot, so however many
 * server processes share the database, each job runs once.
 */
export async function startJobQueue(
  deps: AppDeps,
  pool: pg.Pool,
  log: Logger,
  options: { jobs?: readonly JobDefinition[]; pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  const { jobs = jobDefinitions, pollingIntervalSeconds = 5 } = options;
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => pool.query(text, values) },
    // Archive and delete finished jobs promptly: this queue is a timer, not a record.
    deleteAfterDays: 7,
  });
  boss.on('error', (err) => log.error({ err }, 'job queue error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: 'singleton' });
    if (job.cron) await boss.schedule(job.name, job.cron, undefined, { tz: 'Asia/Shanghai' });
    await boss.work(job.name, { pollingIntervalSeconds }, async () => {
      const result = await job.run(deps, log);
      log.info({ job: job.name, result }, 'job done');
    });
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
