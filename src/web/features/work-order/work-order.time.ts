import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { calendarZone } from '../../../shared/domain/calendar';
import { isOpen, type WorkOrderStatus } from '../../../shared/domain/work-order.lifecycle';
import type { WorkOrder } from '../../../shared/schemas/work-order.schema';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Times are shown in Asia/Shanghai whatever the browser's zone: deadlines are Shanghai days. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs(iso).tz(calendarZone).format('YYYY-MM-DD HH:mm');
}

/** A deadline falls at the end of a working day: midnight reads as "24:00" of that day, not the next. */
export function formatDeadline(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = dayjs(iso).tz(calendarZone);
  if (time.hour() === 0 && time.minute() === 0) return `${time.subtract(1, 'day').format('YYYY-MM-DD')} 24:00`;
  return time.format('YYYY-MM-DD HH:mm');
}

export function isPast(iso: string | null | undefined, now = Date.now()): boolean {
  return !!iso && new Date(iso).getTime() < now;
}

/** Late on acceptance (dispatched, not taken in time) or on resolution, while the order is still open. */
export function overdueOf(order: Pick<WorkOrder, 'status' | 'acceptBy' | 'resolveBy'>, now = Date.now()) {
  const open = isOpen(order.status as WorkOrderStatus);
  const accept = open && order.status === 'dispatched' && isPast(order.acceptBy, now);
  const resolve = open && isPast(order.resolveBy, now);
  return { accept, resolve, any: accept || resolve };
}
