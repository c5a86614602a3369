import { z } from 'zod';

/** Test-only routes (FATONG_TEST_CONTROLS=1): the browser tests move the server's clock and run jobs now. */
export const setTestClockSchema = z
  .object({
    /** The instant the server should read as now, with its offset (2026-03-04T09:00:00+08:00); null: real time. */
    now: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type SetTestClock = z.infer<typeof setTestClockSchema>;

export const testClockSchema = z.object({
  /** The server's now, right after the change. */
  now: z.string(),
  /** How far that is from real time, in milliseconds; 0 after a reset. */
  offsetMs: z.number().int(),
});
export type TestClock = z.infer<typeof testClockSchema>;

export const sweepResultSchema = z.object({ reminded: z.number().int(), supervised: z.number().int() });
