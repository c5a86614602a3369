import { addWorkingDays, nextOfficeTime } from '../../../shared/domain/calendar';
import { handlerRoles } from '../../../shared/domain/role';
import { openStatuses } from '../../../shared/domain/work-order.lifecycle';
import type { AppDeps } from '../../deps';
import { enqueueSms } from '../message/message.service';
import { type DeadlineClock, deadlineClock } from './work-order.deadline';
import { announceChange } from './work-order.feed';
import { overdueNotice } from './work-order.message';
import * as repo from './work-order.repository';

export interface SweepResult {
  reminded: number;
  supervised: number;
}

/**
 * The overdue sweep: an order past its accept-by or resolve-by deadline is reminded (催办)
 * once; still overdue a working day after that reminder, it goes to supervision (督办).
 * Each order changes under its version, so a handler acting at the same moment wins and the
 * next sweep looks again. The job queue runs this in one process at a time. Each reminder and
 * escalation is also a text message to the people handling the order, sent through the outbox
 * in office hours.
 */
/** Open orders past a deadline and not yet supervised, a page at a time in id order. */
function lateOrders(deps: AppDeps, now: Date, afterId: number, pageSize: number) {
  return deps.db
    .selectFrom('workOrder')
    .select([
      'id',
      'code',
      'status',
      'version',
      'overdueLevel',
      'remindedAt',
      'acceptBy',
      'resolveBy',
      'divisionCode',
      'organizationId',
      'assigneeId',
    ])
    .where('id', '>', afterId)
    .where('status', 'in', [...openStatuses])
    .where('overdueLevel', '<', 2)
    .where((eb) =>
      eb.or([eb('resolveBy', '<', now), eb.and([eb('status', '=', 'dispatched'), eb('acceptBy', '<', now)])]),
    )
    .orderBy('id')
    .limit(pageSize)
    .execute();
}

export async function sweepOverdueWorkOrders(deps: AppDeps, pageSize = 500): Promise<SweepResult> {
  const clock = await deadlineClock(deps);
  const now = clock.now;
  const result: SweepResult = { reminded: 0, supervised: 0 };
  // Paged by id: reminded orders not yet due to escalate are skipped, and must not fill every page.
  let afterId = 0;
  for (;;) {
    const rows = await lateOrders(deps, now, afterId, pageSize);
    if (rows.length === 0) return result;
    await sweepPage(deps, clock, rows, result);
    afterId = (rows[rows.length - 1] as { id: number }).id;
  }
}

async function sweepPage(
  deps: AppDeps,
  clock: DeadlineClock,
  rows: Awaited<ReturnType<typeof lateOrders>>,
  result: SweepResult,
) {
  const now = clock.now;
  // A deadline lapses at midnight; the handler's text goes out when the office opens.
  const noticeAt = nextOfficeTime(now, clock.calendar);
  for (const row of rows) {
    const lateFor = row.resolveBy < now ? 'resolve' : 'accept';
    const escalate =
      row.overdueLevel === 1 && row.remindedAt !== null && addWorkingDays(row.remindedAt, 1, clock.calendar) <= now;
    if (row.overdueLevel === 1 && !escalate) continue;
    const event = {
      workOrderId: row.id,
      action: escalate ? 'supervise' : 'remind',
      fromStatus: row.status,
      toStatus: row.status,
      actorId: null,
      actorKind: 'system' as const,
      reason: escalate
        ? '催办后仍超期，自动转督办'
        : lateFor === 'accept'
          ? '超过签收时限，系统催办'
          : '超过办结时限，系统催办',
      detail: JSON.stringify({ lateFor }),
      at: now,
    };
    const change = escalate ? { overdueLevel: 2, supervised: true } : { overdueLevel: 1, remindedAt: now };
    // Read before the transaction: the embedded database has one connection.
    const phones = await repo.listNoticePhones(deps.db, row, handlerRoles);
    const written = await deps.db.transaction().execute(async (trx) => {
      if (!(await repo.updateWorkOrder(trx, row.id, row.version, change))) return false;
      await repo.insertEvents(trx, [event]);
      for (const phone of phones)
        await enqueueSms(trx, overdueNotice(row.id, row.code, lateFor, escalate, phone), now, noticeAt);
      return true;
    });
    if (written) {
      const { id, code, status, divisionCode, organizationId, assigneeId } = row;
      await announceChange(deps.db, {
        id,
        code,
        status,
        divisionCode,
        organizationId,
        assigneeId,
        action: event.action,
      });
    }
    if (written && escalate) result.supervised += 1;
    else if (written) result.reminded += 1;
  }
}
