import type { Kysely } from 'kysely';
import { addWorkingDays, type CalendarOverrides } from '../../../shared/domain/calendar';
import {
  type DeadlineLimits,
  defaultDeadlineLimits,
  type Priority,
  type WorkOrderKind,
} from '../../../shared/domain/work-order';
import { referenceCache } from '../../db/reference-cache';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { recordAudit } from '../audit/audit.service';
import { loadCalendarOverrides } from '../calendar/calendar.service';

const limitsSetting = 'work_order.limits';

/** The limits in force, re-read at most once a minute (every intake and action needs them). */
export function loadDeadlineLimits(deps: AppDeps): Promise<DeadlineLimits> {
  return limitsCache.get(deps.db);
}

/** The defaults, with whatever an administrator set over them. */
async function readDeadlineLimits(db: Kysely<Database>): Promise<DeadlineLimits> {
  const row = await db.selectFrom('appSetting').select('value').where('key', '=', limitsSetting).executeTakeFirst();
  const saved = (row?.value ?? {}) as Partial<DeadlineLimits>;
  return {
    ...defaultDeadlineLimits,
    ...saved,
    resolveWorkingDays: { ...defaultDeadlineLimits.resolveWorkingDays, ...saved.resolveWorkingDays },
  };
}

const limitsCache = referenceCache(readDeadlineLimits);

export interface DeadlineClock {
  now: Date;
  limits: DeadlineLimits;
  calendar: CalendarOverrides;
  acceptBy(priority: Priority): Date;
  resolveBy(kind: WorkOrderKind, from?: Date): Date;
  extend(resolveBy: Date, workingDays: number): Date;
}

/**
 * Read once per request, before its transaction: the embedded database has one connection,
 * so nothing inside a transaction may reach for another.
 */
export async function deadlineClock(deps: AppDeps): Promise<DeadlineClock> {
  const [limits, calendar] = await Promise.all([loadDeadlineLimits(deps), loadCalendarOverrides(deps.db)]);
  const now = deps.clock();
  return {
    now,
    limits,
    calendar,
    acceptBy: (priority) =>
      priority === 'urgent'
        ? new Date(now.getTime() + limits.urgentAcceptHours * 3_600_000)
        : addWorkingDays(now, limits.acceptWorkingDays, calendar),
    resolveBy: (kind, from = now) => addWorkingDays(from, limits.resolveWorkingDays[kind], calendar),
    // An extension adds working days after the current deadline's last day.
    extend: (resolveBy, workingDays) => addWorkingDays(new Date(resolveBy.getTime() - 1), workingDays, calendar),
  };
}

/** Saves new limits (audited); every process picks them up within a minute, this one at once. */
export async function saveDeadlineLimits(deps: AppDeps, actor: Actor, limits: DeadlineLimits, ip: string) {
  const before = await loadDeadlineLimits(deps);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('appSetting')
      .values({ key: limitsSetting, value: JSON.stringify(limits) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(limits), updatedAt: new Date() }))
      .execute();
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'work_order.set_limits',
      entityType: 'app_setting',
      entityId: limitsSetting,
      detail: { before, after: limits },
      ip,
    });
  });
  limitsCache.invalidate(deps.db);
  return loadDeadlineLimits(deps);
}
