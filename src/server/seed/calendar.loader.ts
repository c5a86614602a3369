import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { calendarDayKinds, isCalendarDate } from '../../shared/domain/calendar';
import type { Database } from '../db/schema';
import { upsertSeedDays } from '../modules/calendar/calendar.repository';
import { invalidateCalendarCache } from '../modules/calendar/calendar.service';
import { projectRoot } from '../paths';

/**
 * Loads the working-day calendar file (db/seeds/calendar/*.json, written by
 * `npm run calendar:generate`) into `calendar_day`. The file is checked whole before any
 * write; the write is one transaction of upserts, so loading it again changes nothing.
 */
export const bundledCalendarFile = path.join(projectRoot, 'db/seeds/calendar/cn-2024-2027.json');

export class CalendarFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarFileError';
  }
}

const fileSchema = z.object({
  source: z.looseObject({ package: z.string(), licence: z.string() }),
  years: z.array(z.number().int()).min(1),
  days: z
    .array(
      z
        .object({
          date: z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD'),
          kind: z.enum(calendarDayKinds),
          name: z.string().trim().min(1).max(30),
          provisional: z.boolean().optional(),
        })
        .strict(),
    )
    .min(1),
});

export interface CalendarLoadResult {
  inserted: number;
  updated: number;
  total: number;
}

export async function loadCalendarSeed(
  db: Kysely<Database>,
  file: string = bundledCalendarFile,
): Promise<CalendarLoadResult> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CalendarFileError(`Cannot read ${file}: ${error.message}`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CalendarFileError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new CalendarFileError(`${file} is not a calendar file: ${issues.join('; ')}`);
  }
  const { days, years } = parsed.data;
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day.date)) throw new CalendarFileError(`${file}: ${day.date} is listed twice`);
    if (!years.includes(Number(day.date.slice(0, 4)))) {
      throw new CalendarFileError(`${file}: ${day.date} lies outside the file's years ${years.join(', ')}`);
    }
    seen.add(day.date);
  }
  const rows = days.map((d) => ({ day: d.date, kind: d.kind, name: d.name, provisional: d.provisional ?? false }));
  const result = await db.transaction().execute((trx) => upsertSeedDays(trx, rows));
  invalidateCalendarCache(db);
  return { ...result, total: rows.length };
}
