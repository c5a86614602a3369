import { z } from 'zod';
import { divisionCodePattern } from '../domain/division';
import { isValidIdNumber } from '../domain/id-number';
import { phonePattern } from '../domain/mask';

export const divisionCodeSchema = z.string().regex(divisionCodePattern, 'must be a 12-digit division code');

// PostgreSQL text cannot hold NUL, and no legitimate input carries control characters:
// refuse them at the edge so they never become a database error.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point of this pattern.
const noControlCharacters = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** Free text typed by a person: trimmed, bounded, no control characters (newlines allowed). */
export function textSchema(max: number) {
  return z.string().trim().min(1).max(max).regex(noControlCharacters, 'must not contain control characters');
}

export const phoneSchema = z.string().trim().regex(phonePattern, 'must be a mobile number or an area-code fixed line');

/** A mainland resident ID number (18 characters, checksum verified). */
export const idNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, 'must be an 18-character resident ID number with a valid check digit');

/** A new password: long enough, and typeable (no control characters). */
export const newPasswordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256)
  .regex(noControlCharacters, 'must not contain control characters');

/** A search box: one line of text. */
export const searchTextSchema = textSchema(50);

export const idParamSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }).strict();

export const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** Opaque cursor: base64url of the last row's sort key. */
export const cursorSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a cursor returned by a previous page');

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const okSchema = z.object({ ok: z.literal(true) });

export const problemSchema = z.object({
  type: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string() })).optional(),
});
