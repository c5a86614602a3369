import type { Kysely, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema';
import type { LegalAidExemptionTable } from '../../db/schema.legal-aid';

type Db = Kysely<Database>;

/** Every version with its region's name (the division of the padded prefix), oldest region and date first. */
export function listRuleVersions(db: Db) {
  return db
    .selectFrom('legalAidRuleVersion as v')
    .leftJoin('division as d', (join) => join.on('d.code', '=', sql<string>`rpad(v.region_prefix, 12, '0')`))
    .select([
      'v.id',
      'v.regionPrefix',
      'v.effectiveFrom',
      'v.multiplierPermille',
      'v.assetCapFen',
      'v.note',
      'v.createdBy',
      'v.createdAt',
      'd.name as regionName',
    ])
    .orderBy('v.regionPrefix')
    .orderBy('v.effectiveFrom')
    .execute();
}

export function listSupplementaryMatters(db: Db) {
  return db
    .selectFrom('legalAidSupplementaryMatter')
    .select(['ruleVersionId', 'code', 'nameZh', 'kind', 'basis', 'isReviewOnly'])
    .orderBy('ruleVersionId')
    .orderBy('sortOrder')
    .orderBy('code')
    .execute();
}

export interface NewRuleVersion {
  regionPrefix: string;
  effectiveFrom: string;
  multiplierPermille: number;
  assetCapFen: number | null;
  note: string | null;
  createdBy: number;
  supplementaryMatters: readonly {
    code: string;
    nameZh: string;
    kind: 'civil' | 'administrative';
    basis: string;
    isReviewOnly: boolean;
  }[];
}

/** The version and its supplementary matters; run it in a transaction. */
export async function insertRuleVersion(db: Db, { supplementaryMatters, ...version }: NewRuleVersion) {
  const created = await db.insertInto('legalAidRuleVersion').values(version).returning('id').executeTakeFirstOrThrow();
  if (supplementaryMatters.length > 0) {
    await db
      .insertInto('legalAidSupplementaryMatter')
      .values(supplementaryMatters.map((m, i) => ({ ...m, ruleVersionId: created.id, sortOrder: (i + 1) * 10 })))
      .execute();
  }
  return created.id;
}

const exemptionColumns = [
  'code',
  'nameZh',
  'basis',
  'matterCategories',
  'extendsScope',
  'sortOrder',
  'isActive',
] as const;

export function listExemptions(db: Db) {
  return db.selectFrom('legalAidExemption').select(exemptionColumns).orderBy('sortOrder').orderBy('code').execute();
}

export function findExemption(db: Db, code: string) {
  return db.selectFrom('legalAidExemption').select(exemptionColumns).where('code', '=', code).executeTakeFirst();
}

export interface NewExemption {
  code: string;
  nameZh: string;
  basis: string;
  matterCategories: string[] | null;
  extendsScope: boolean;
  /** Undefined: ten after the last one, decided by the insert itself. */
  sortOrder: number | undefined;
  isActive: boolean;
}

export function insertExemption(db: Db, values: NewExemption) {
  return db
    .insertInto('legalAidExemption')
    .values({
      ...values,
      sortOrder: values.sortOrder ?? sql<number>`(select coalesce(max(sort_order), 0) + 10 from legal_aid_exemption)`,
    })
    .returning(exemptionColumns)
    .executeTakeFirstOrThrow();
}

export function updateExemption(
  db: Db,
  code: string,
  values: Omit<Updateable<LegalAidExemptionTable>, 'code' | 'createdAt' | 'updatedAt'>,
) {
  return db
    .updateTable('legalAidExemption')
    .set({ ...values, updatedAt: sql`now()` })
    .where('code', '=', code)
    .returning(exemptionColumns)
    .executeTakeFirst();
}

export function listDibao(db: Db) {
  return db
    .selectFrom('legalAidDibao as b')
    .leftJoin('division as d', 'd.code', 'b.divisionCode')
    .select([
      'b.divisionCode',
      'b.effectiveFrom',
      'b.monthlyFen',
      'b.isIllustrative',
      'b.updatedAt',
      'd.name as divisionName',
    ])
    .orderBy('b.divisionCode')
    .orderBy('b.effectiveFrom')
    .execute();
}

export function findDibao(db: Db, divisionCode: string, effectiveFrom: string) {
  return db
    .selectFrom('legalAidDibao')
    .select(['divisionCode', 'effectiveFrom', 'monthlyFen', 'isIllustrative'])
    .where('divisionCode', '=', divisionCode)
    .where('effectiveFrom', '=', effectiveFrom)
    .executeTakeFirst();
}

/** One amount per division and date: the same date again replaces it. */
export function upsertDibao(
  db: Db,
  values: {
    divisionCode: string;
    effectiveFrom: string;
    monthlyFen: number;
    isIllustrative: boolean;
    updatedBy: number;
  },
) {
  return db
    .insertInto('legalAidDibao')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['divisionCode', 'effectiveFrom']).doUpdateSet({
        monthlyFen: values.monthlyFen,
        isIllustrative: values.isIllustrative,
        updatedBy: values.updatedBy,
        updatedAt: sql`now()`,
      }),
    )
    .returning(['divisionCode', 'effectiveFrom', 'monthlyFen', 'isIllustrative', 'updatedAt'])
    .executeTakeFirstOrThrow();
}
