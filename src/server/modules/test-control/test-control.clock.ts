/**
 * The server's clock when FATONG_TEST_CONTROLS is on: real time shifted by an offset that a
 * browser test sets. An offset rather than a fixed instant, so time keeps flowing: sessions,
 * "created at" and the order of events behave as they do in real use, only days later.
 */
export interface SettableClock {
  now(): Date;
  /** Makes `now()` read `instant` from this moment on; null goes back to real time. */
  set(instant: Date | null): void;
  /** How far the clock is ahead of real time (negative: behind), in milliseconds. */
  offsetMs(): number;
}

export function createSettableClock(realNow: () => number = Date.now): SettableClock {
  let offset = 0;
  return {
    now: () => new Date(realNow() + offset),
    set: (instant) => {
      offset = instant === null ? 0 : instant.getTime() - realNow();
    },
    offsetMs: () => offset,
  };
}
