import type { Kysely } from 'kysely';
import {
  addCalendarDays,
  addWorkingDays,
  type CalendarDayKind,
  type CalendarOverrides,
  isWeekend,
  shanghaiDateOf,
} from '../../../shared/domain/calendar';
import type {
  CalendarDay,
  CalendarYearView,
  Deadline,
  DeadlineQuery,
  ListCalendarDaysQuery,
  SetCalendarDayInput,
} from '../../../shared/schemas/calendar.schema';
import { referenceCache } from '../../db/reference-cache';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { fieldError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import * as repo from './calendar.repository';

/** The whole calendar as the deadline calculator reads it. */
export interface CalendarSnapshot {
  overrides: ReadonlyMap<string, CalendarDayKind>;
  provisionalDays: ReadonlySet<string>;
  /** Years with at least one calendar day; a year without any is unknown, not "no holidays". */
  years: ReadonlySet<number>;
}

async function readSnapshot(db: Kysely<Database>): Promise<CalendarSnapshot> {
  const rows = await repo.listAllDays(db);
  return {
    overrides: new Map(rows.map((r) => [r.day, r.kind])),
    provisionalDays: new Set(rows.filter((r) => r.provisional).map((r) => r.day)),
    years: new Set(rows.map((r) => Number(r.day.slice(0, 4)))),
  };
}

const calendarCache = referenceCache(readSnapshot);

/** The calendar, cached in this process per database handle (pass `deps.db`). */
export function loadCalendar(db: Kysely<Database>): Promise<CalendarSnapshot> {
  return calendarCache.get(db);
}

/** The overrides for addWorkingDays / isWorkingDay; what the work-order module calls for deadlines. */
export async function loadCalendarOverrides(db: Kysely<Database>): Promise<CalendarOverrides> {
  return (await loadCalendar(db)).overrides;
}

/** Called after every committed write to calendar_day. */
export function invalidateCalendarCache(db: Kysely<Database>): void {
  calendarCache.invalidate(db);
}

type DayRow = NonNullable<Awaited<ReturnType<typeof repo.findDay>>>;

function toCalendarDay(row: DayRow): CalendarDay {
  return {
    date: row.day,
    kind: row.kind,
    name: row.name,
    provisional: row.provisional,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

export async function listYear(deps: AppDeps, query: ListCalendarDaysQuery): Promise<CalendarYearView> {
  const year = query.year ?? Number(shanghaiDateOf(deps.clock()).slice(0, 4));
  const rows = await repo.listDaysOfYear(deps.db, year);
  return {
    year,
    provisional: rows.length === 0 || rows.some((r) => r.provisional),
    days: rows.map(toCalendarDay),
  };
}

function dayOf(row: DayRow | undefined) {
  return row ? { kind: row.kind, name: row.name, provisional: row.provisional } : null;
}

/** Sets one day to a holiday or a make-up workday (audited); the edit confirms a provisional day. */
export async function setDay(
  deps: AppDeps,
  actor: Actor,
  date: string,
  input: SetCalendarDayInput,
  ip: string,
): Promise<CalendarDay> {
  // A weekday already works: only a weekend day can be made up (调休上班).
  if (input.kind === 'workday' && !isWeekend(date)) {
    throw fieldError('body.kind', 'a make-up workday must be a Saturday or a Sunday', 'not_weekend');
  }
  const day = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findDay(trx, date);
    await repo.upsertDay(
      trx,
      { day: date, kind: input.kind, name: input.name, provisional: false },
      actor.userId,
      deps.clock(),
    );
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'calendar.set_day',
      entityType: 'calendar_day',
      entityId: date,
      detail: { kind: input.kind, name: input.name, before: dayOf(before) },
      ip,
    });
    const after = await repo.findDay(trx, date);
    if (!after) throw new Error(`calendar_day ${date} vanished inside its own transaction`);
    return toCalendarDay(after);
  });
  invalidateCalendarCache(deps.db);
  return day;
}

/** Removes a day's override, so the day works or rests as its weekday does (audited). */
export async function clearDay(deps: AppDeps, actor: Actor, date: string, ip: string): Promise<{ ok: true }> {
  await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findDay(trx, date);
    if (!before || !(await repo.deleteDay(trx, date))) throw notFound('calendar day');
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'calendar.clear_day',
      entityType: 'calendar_day',
      entityId: date,
      detail: { before: dayOf(before) },
      ip,
    });
  });
  invalidateCalendarCache(deps.db);
  return { ok: true };
}

/** The deadline of `workingDays` working days from `from`, as work orders count it. */
export async function computeDeadline(deps: AppDeps, query: DeadlineQuery): Promise<Deadline> {
  const calendar = await loadCalendar(deps.db);
  const from = new Date(query.from);
  const deadline = addWorkingDays(from, query.workingDays, calendar.overrides);
  const lastWorkingDay = addCalendarDays(shanghaiDateOf(deadline), -1);
  let provisional = false;
  // The counted days, and the starting day itself when nothing is counted.
  const first = query.workingDays === 0 ? lastWorkingDay : addCalendarDays(shanghaiDateOf(from), 1);
  for (let date = first; date <= lastWorkingDay && !provisional; date = addCalendarDays(date, 1)) {
    provisional = calendar.provisionalDays.has(date) || !calendar.years.has(Number(date.slice(0, 4)));
  }
  return {
    from: from.toISOString(),
    workingDays: query.workingDays,
    deadline: deadline.toISOString(),
    lastWorkingDay,
    provisional,
  };
}
