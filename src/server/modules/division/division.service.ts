import type { Kysely } from 'kysely';
import { ancestorCodes, scopePrefix } from '../../../shared/domain/division';
import type { Division, DivisionDetail, ListDivisionsQuery } from '../../../shared/schemas/division.schema';
import type { Database } from '../../db/schema';
import { notFound } from '../../http/app-error';
import * as repo from './division.repository';

/**
 * Divisions are reference data that changes only when an administrator loads a file, so
 * child lists are kept in memory for a minute: the cascaders and trees of every page
 * ask for the same few hundred lists all day.
 */
const CACHE_TTL_MS = 60_000;
const cache = new Map<string, { at: number; items: Division[] }>();

export function clearDivisionCache() {
  cache.clear();
  found.clear();
}

export async function listDivisions(db: Kysely<Database>, query: ListDivisionsQuery): Promise<{ items: Division[] }> {
  if (query.q) return { items: await repo.searchDivisions(db, query.q, query.limit) };
  const key = `${query.parent ?? 'root'}:${query.limit}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return { items: hit.items };
  const items = query.parent
    ? await repo.listChildDivisions(db, query.parent, query.limit)
    : await repo.listRootDivisions(db, query.limit);
  cache.set(key, { at: Date.now(), items });
  return { items };
}

const found = new Map<string, { at: number; division: Division }>();

/** One division by code; kept like the lists, since every intake names one. */
export async function findDivision(db: Kysely<Database>, code: string): Promise<Division | undefined> {
  const hit = found.get(code);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.division;
  const [division] = await repo.findDivisions(db, [code]);
  if (division) found.set(code, { at: Date.now(), division });
  return division;
}

export async function getDivisionDetail(db: Kysely<Database>, code: string): Promise<DivisionDetail> {
  const rows = await repo.findDivisions(db, [...ancestorCodes(code), code]);
  const division = rows.find((r) => r.code === code);
  if (!division) throw notFound('division');
  const path = rows.filter((r) => r.code !== code).map(({ code, name, level }) => ({ code, name, level }));
  return { ...division, path };
}

export async function countDivisionsInScope(db: Kysely<Database>, scopeCode: string) {
  const rows = await repo.countDivisionsByLevel(db, scopePrefix(scopeCode));
  const count = (level: string) => rows.find((r) => r.level === level)?.count ?? 0;
  return { county: count('county'), township: count('township'), village: count('village') };
}
