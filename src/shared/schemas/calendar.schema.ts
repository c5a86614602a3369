import { z } from 'zod';
import { calendarDayKinds, calendarYearRange, isCalendarDate } from '../domain/calendar';
import { textSchema } from './common.schema';

const { min, max } = calendarYearRange;

/** A real date, YYYY-MM-DD, in the years the calendar covers. */
export const calendarDateSchema = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'must be a real date written YYYY-MM-DD')
  .refine((date) => {
    const year = Number(date.slice(0, 4));
    return year >= min && year <= max;
  }, `must lie in the years ${min}–${max}`);

export const calendarYearSchema = z.coerce
  .number()
  .int()
  .min(min, `must be a year from ${min} to ${max}`)
  .max(max, `must be a year from ${min} to ${max}`);

export const calendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(calendarDayKinds),
  name: z.string().nullable(),
  /** Computed before the State Council published the year's arrangement (待公布). */
  provisional: z.boolean(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const listCalendarDaysQuerySchema = z
  .object({
    /** Defaults to the current year in Asia/Shanghai. */
    year: calendarYearSchema.optional(),
  })
  .strict();
export type ListCalendarDaysQuery = z.infer<typeof listCalendarDaysQuerySchema>;

export const calendarYearViewSchema = z.object({
  year: z.number().int(),
  /** True when any day of the year is provisional, or the year has no calendar days at all. */
  provisional: z.boolean(),
  days: z.array(calendarDaySchema),
});
export type CalendarYearView = z.infer<typeof calendarYearViewSchema>;

export const calendarDayParamSchema = z.object({ date: calendarDateSchema }).strict();

export const setCalendarDaySchema = z
  .object({
    kind: z.enum(calendarDayKinds),
    name: textSchema(30),
  })
  .strict();
export type SetCalendarDayInput = z.infer<typeof setCalendarDaySchema>;

export const deadlineQuerySchema = z
  .object({
    /** The starting instant with its offset, e.g. 2026-02-13T10:00:00+08:00 (encode the `+`). */
    from: z.iso.datetime({ offset: true }),
    workingDays: z.coerce.number().int().min(0).max(3650),
  })
  .strict();
export type DeadlineQuery = z.infer<typeof deadlineQuerySchema>;

export const deadlineSchema = z.object({
  from: z.string(),
  workingDays: z.number().int(),
  /** 24:00 Asia/Shanghai of the last working day, as an ISO instant (…T16:00:00.000Z). */
  deadline: z.string(),
  /** The last working day of the period, YYYY-MM-DD (the starting day when workingDays is 0). */
  lastWorkingDay: z.string(),
  /** True when the period crosses a provisional day or a year the calendar has no days for. */
  provisional: z.boolean(),
});
export type Deadline = z.infer<typeof deadlineSchema>;
