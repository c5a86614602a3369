/**
 * The official working-day calendar (工作日历). Monday to Friday are working days and weekends
 * are not, unless a calendar day overrides them: a `holiday` (法定节假日, including the weekend
 * days inside a holiday run) or a `workday` (调休上班: a make-up working weekend day).
 * Deadlines are counted in Asia/Shanghai whatever the server's own time zone.
 */
export const calendarZone = 'Asia/Shanghai';

export const calendarDayKinds = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

/** Date (YYYY-MM-DD) → override; a Map satisfies it, and so does any cached lookup. */
export interface CalendarOverrides {
  get(date: string): CalendarDayKind | undefined;
}

export const noOverrides: CalendarOverrides = { get: () => undefined };

export const calendarYearRange = { min: 2000, max: 2100 } as const;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function assertDate(date: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`not a YYYY-MM-DD calendar date: ${date}`);
}

/** 0 = Sunday … 6 = Saturday, of a calendar date (no time zone involved). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (date: string) => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

// Plain UTC arithmetic on dates: a deadline walks day by day, and this is on every intake (bench/intake).
export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// China has kept UTC+8 without daylight saving since 1991, so within the calendar's years
// (2000-2100) Asia/Shanghai is a fixed offset: plain arithmetic, ~50 times faster than a
// time-zone lookup, on the path of every deadline (bench/intake).
const shanghaiOffsetMs = 8 * 3_600_000;

/** The Asia/Shanghai calendar date an instant falls on. */
export function shanghaiDateOf(instant: Date): string {
  return new Date(instant.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10);
}

/** 00:00 Asia/Shanghai of a calendar date, as an instant. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - shanghaiOffsetMs);
}

export function isWorkingDay(date: string, overrides: CalendarOverrides): boolean {
  assertDate(date);
  const kind = overrides.get(date);
  if (kind === 'holiday') return false;
  if (kind === 'workday') return true;
  return !isWeekend(date);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
}

/**
 * The deadline of a period of `n` working days that starts at `instant`, after 《民法典》 art. 201
 * and 203: the starting day is not counted, counting begins the next day, and the period ends at
 * 24:00 Asia/Shanghai of its n-th working day, returned as the instant 00:00 of the day after it
 * (so "on time" is `at < deadline`). Only working days count, so the last day is never a holiday.
 * n = 0 ends the starting day itself (当日办结), working day or not.
 */
export function addWorkingDays(instant: Date, n: number, overrides: CalendarOverrides): Date {
  assertCount(n);
  let date = shanghaiDateOf(instant);
  for (let counted = 0; counted < n; ) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, overrides)) counted += 1;
  }
  return startOfShanghaiDay(addCalendarDays(date, 1));
}

/**
 * For reports: the working days after a's day up to and including b's day (Asia/Shanghai), i.e.
 * which working day of the period b falls on, counted as addWorkingDays counts. Work done on
 * the n-th working day (before its deadline) gives n; on the starting day, 0. Negative when b
 * lies on an earlier day than a.
 */
export function workingDaysBetween(a: Date, b: Date, overrides: CalendarOverrides): number {
  const from = shanghaiDateOf(a);
  const to = shanghaiDateOf(b);
  if (to < from) return -workingDaysBetween(b, a, overrides);
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, overrides)) count += 1;
  }
  return count;
}

/** Office hours on a working day, Asia/Shanghai, in minutes after midnight: 08:30 to 17:30. */
export const officeHours = { startMinute: 8 * 60 + 30, endMinute: 17 * 60 + 30 } as const;

/**
 * When a message to staff may go out: `instant` itself during office hours on a working day,
 * otherwise the start of the next office hours. A deadline lapses at midnight; the handler
 * hears of it in the morning, not at 00:01 on a Saturday.
 */
export function nextOfficeTime(instant: Date, overrides: CalendarOverrides): Date {
  let date = shanghaiDateOf(instant);
  const minute = (instant.getTime() - startOfShanghaiDay(date).getTime()) / 60_000;
  if (isWorkingDay(date, overrides)) {
    if (minute < officeHours.startMinute) return officeStart(date);
    if (minute < officeHours.endMinute) return instant;
  }
  do date = addCalendarDays(date, 1);
  while (!isWorkingDay(date, overrides));
  return officeStart(date);
}

const officeStart = (date: string) => new Date(startOfShanghaiDay(date).getTime() + officeHours.startMinute * 60_000);
