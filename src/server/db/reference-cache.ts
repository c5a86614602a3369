import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface ReferenceCache<T> {
  /** The cached value, loaded again when older than the lifetime (or after a failed load). */
  get(db: Kysely<Database>): Promise<T>;
  /** Drop it after a committed change, so this process sees the change at once. */
  invalidate(db: Kysely<Database>): void;
}

/**
 * Reference data (calendar, routing rules, time limits) read on every intake and action,
 * kept in memory per database handle. Other processes on the same database do not see this
 * process's invalidation; the lifetime bounds how long they answer with data since changed.
 * Pass the application's `deps.db`, never a transaction: a transaction would miss the cache.
 */
export function referenceCache<T>(load: (db: Kysely<Database>) => Promise<T>, lifetimeMs = 60_000): ReferenceCache<T> {
  const entries = new WeakMap<Kysely<Database>, { loaded: Promise<T>; at: number }>();
  return {
    get(db) {
      const hit = entries.get(db);
      if (hit && performance.now() - hit.at < lifetimeMs) return hit.loaded;
      const entry = { loaded: load(db), at: performance.now() };
      entries.set(db, entry);
      entry.loaded.catch(() => {
        if (entries.get(db) === entry) entries.delete(db);
      });
      return entry.loaded;
    },
    invalidate(db) {
      entries.delete(db);
    },
  };
}
