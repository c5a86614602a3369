import fs from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { type DivisionLevel, divisionLevelOf, divisionLevels, scopePrefix } from '../../shared/domain/division';
import type { Database } from '../db/schema';
import { projectRoot } from '../paths';
import { provinceCodeOf, provinceNames } from './province-names';

/**
 * Loads a divisions file ({meta, items:[{code,name,level,kind,parent_code}]}, the format of
 * db/seeds/divisions/*.json) into the `division` table. Everything is checked before
 * anything is written; the write is one transaction of batched upserts, so a second load
 * of the same file changes nothing.
 */
export interface DivisionLoadResult {
  /** Rows that did not exist before (the province row included). */
  inserted: number;
  /** Rows that existed with another name, level, kind or parent. */
  updated: number;
  /** Rows the file defines, plus the province row above it when the file lacks it. */
  total: number;
}

export class DivisionFileError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'DivisionFileError';
  }
}

export const bundledDivisionsFile = path.join(projectRoot, 'db/seeds/divisions/jining-370800.json');

const batchSize = 500;
const maxReportedProblems = 20;
const codeSchema = z.string().regex(/^\d{12}$/, 'must be a 12-digit code');

const itemSchema = z.object({
  code: codeSchema,
  name: z.string().trim().min(1, 'must not be empty').max(100),
  level: z.enum(divisionLevels),
  kind: z.string().min(1).max(50).nullish(),
  parent_code: codeSchema.nullable(),
});
type DivisionItem = z.infer<typeof itemSchema>;

const fileSchema = z.object({
  meta: z.looseObject({ root: codeSchema.optional() }).optional(),
  items: z.array(z.unknown()).min(1, 'must list at least one division'),
});

interface DivisionRowInput {
  code: string;
  name: string;
  level: DivisionLevel;
  kind: string | null;
  parentCode: string | null;
}

export async function loadDivisions(
  db: Kysely<Database>,
  file: string,
  onProgress?: (done: number, total: number) => void,
): Promise<DivisionLoadResult> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DivisionFileError(`Cannot read ${file}: ${error.message}`);
  });
  const { items, root } = await parseDivisionFile(db, text, file);

  const rows: DivisionRowInput[] = items.map((i) => ({
    code: i.code,
    name: i.name.trim(),
    level: i.level,
    kind: i.kind ?? null,
    parentCode: i.parent_code,
  }));
  const province = provinceRowFor(items, root);
  const total = rows.length + (province ? 1 : 0);
  let inserted = 0;
  let updated = 0;
  let done = 0;
  onProgress?.(0, total);

  await db.transaction().execute(async (trx) => {
    if (province) {
      // An existing province row is left as it is: it may have been named by an operator.
      const created = await trx
        .insertInto('division')
        .values(province)
        .onConflict((oc) => oc.column('code').doNothing())
        .returning('code')
        .execute();
      inserted += created.length;
      done += 1;
      onProgress?.(done, total);
    }
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const written = await trx
        .insertInto('division')
        .values(batch)
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              level: eb.ref('excluded.level'),
              kind: eb.ref('excluded.kind'),
              parentCode: eb.ref('excluded.parentCode'),
            }))
            // Unchanged rows are not rewritten (no dead tuples, and they are not counted).
            .where(
              sql<boolean>`(division.name, division.level, division.kind, division.parent_code)
                is distinct from (excluded.name, excluded.level, excluded.kind, excluded.parent_code)`,
            ),
        )
        // xmax is 0 on a freshly inserted tuple and set on an updated one.
        .returning(sql<boolean>`(xmax = 0)`.as('isInserted'))
        .execute();
      for (const row of written) {
        if (row.isInserted) inserted += 1;
        else updated += 1;
      }
      done += batch.length;
      onProgress?.(done, total);
    }
  });
  return { inserted, updated, total };
}

/** Validates the whole file; throws a DivisionFileError naming each bad item (by line) before any write. */
async function parseDivisionFile(
  db: Kysely<Database>,
  text: string,
  file: string,
): Promise<{ items: DivisionItem[]; root: string | undefined }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DivisionFileError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const shape = fileSchema.safeParse(raw);
  if (!shape.success) {
    const issues = shape.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new DivisionFileError(`${file} is not a divisions file: ${issues.join('; ')}`, issues);
  }
  const rawItems = shape.data.items;
  const root = shape.data.meta?.root;
  const lineOf = itemLineNumbers(text, rawItems.length);
  const where = (index: number, code?: unknown) =>
    `${lineOf ? `line ${lineOf[index]} ` : ''}(items[${index}]${typeof code === 'string' ? `, code ${code}` : ''})`;

  const problems: string[] = [];
  const items: DivisionItem[] = [];
  const indexByCode = new Map<string, number>();
  rawItems.forEach((rawItem, index) => {
    const parsed = itemSchema.safeParse(rawItem);
    const code = (rawItem as { code?: unknown } | null)?.code;
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'item'} ${i.message}`);
      problems.push(`${where(index, code)}: ${issues.join('; ')}`);
      return;
    }
    const item = parsed.data;
    const fault = structuralFault(item);
    if (fault) problems.push(`${where(index, code)}: ${fault}`);
    const previous = indexByCode.get(item.code);
    if (previous !== undefined) problems.push(`${where(index, code)}: duplicate of ${where(previous)}`);
    indexByCode.set(item.code, index);
    items.push(item);
  });

  if (problems.length === 0) {
    const province = provinceRowFor(items, root);
    const known = new Set(indexByCode.keys());
    if (province) {
      if (!provinceNames[province.code.slice(0, 2)]) {
        problems.push(`meta.root: no province has the code ${province.code.slice(0, 2)}`);
      }
      known.add(province.code);
    }
    const outside = [...new Set(items.map((i) => i.parent_code).filter((c): c is string => !!c && !known.has(c)))];
    if (outside.length > 0) {
      const found = await db.selectFrom('division').select('code').where('code', 'in', outside).execute();
      for (const row of found) known.add(row.code);
    }
    items.forEach((item, index) => {
      if (item.parent_code && !known.has(item.parent_code)) {
        problems.push(
          `${where(index, item.code)}: parent ${item.parent_code} is neither in the file nor in the division table`,
        );
      }
    });
  }

  if (problems.length > 0) {
    const shown = problems.slice(0, maxReportedProblems);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    throw new DivisionFileError(
      `${file}: ${problems.length} invalid item(s), nothing was written:\n  ${shown.join('\n  ')}${more}`,
      problems,
    );
  }
  return { items, root };
}

/** A code that contradicts its own level or parent; the statistical codes nest by prefix. */
function structuralFault(item: DivisionItem): string | undefined {
  const codeLevel = divisionLevelOf(item.code);
  if (codeLevel !== item.level) return `level is ${item.level} but the code denotes a ${codeLevel}`;
  if (item.parent_code === null) {
    return item.level === 'province' ? undefined : 'parent_code is missing';
  }
  const parentLevel = divisionLevelOf(item.parent_code);
  if (divisionLevels.indexOf(parentLevel) >= divisionLevels.indexOf(item.level)) {
    return `parent ${item.parent_code} is a ${parentLevel}, not above a ${item.level}`;
  }
  if (!item.code.startsWith(scopePrefix(item.parent_code))) {
    return `code does not lie inside its parent ${item.parent_code}`;
  }
  return undefined;
}

/**
 * The province row above the file's root (meta.root, else the first item), when the file
 * does not list it itself: 370800000000 济宁市 → 370000000000 山东省.
 */
function provinceRowFor(items: DivisionItem[], root: string | undefined): DivisionRowInput | undefined {
  const rootCode = root ?? items[0]?.code;
  if (!rootCode) return undefined;
  const code = provinceCodeOf(rootCode);
  if (items.some((i) => i.code === code)) return undefined;
  return { code, name: provinceNames[code.slice(0, 2)] ?? code, level: 'province', kind: null, parentCode: null };
}

/**
 * Line numbers of the items when the file has one item per line (as the bundled files do),
 * so an error can point at the line an editor shows; undefined for other layouts.
 */
function itemLineNumbers(text: string, count: number): number[] | undefined {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*\{\s*"code"\s*:/.test(line)) lines.push(index + 1);
  });
  return lines.length === count ? lines : undefined;
}
