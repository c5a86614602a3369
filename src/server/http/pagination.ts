import { AppError } from './app-error';

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(String(key)).toString('base64url');
}

export function decodeIdCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const id = Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new AppError('validation_failed', 'query.cursor: not a cursor returned by a previous page', [
      { field: 'query.cursor', message: 'not a cursor returned by a previous page', code: 'invalid_cursor' },
    ]);
  }
  return id;
}

/** Queries fetch limit + 1 rows; the extra row only says whether there is a next page. */
export function toPage<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
