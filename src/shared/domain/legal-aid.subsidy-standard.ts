import { isCalendarDate } from './calendar';
import { type MatterKind, matterKinds } from './legal-aid.catalogue';

/**
 * The subsidy standards (办案补贴标准) of legal-aid cases as data, and their lookups (法律援助法
 * 第五十二条: 补贴标准 set by the province, city or county, by stage and kind of case).
 *
 * - Subsidy standards: region (division-code prefix) × matter kind (optionally one matter
 *   category) × stage → an amount in fen, from an effective date. For a case the standard is
 *   found on its closing date: the most specific region that has one in force (county before
 *   city before province), within it a category's own standard before the kind's, and of those
 *   the latest effective.
 *
 * Everything is integer fen. `compileSubsidyRules` builds Map lookups once per load of the data,
 * so a batch of 20,000 cases is a few hundred thousand Map reads.
 */

export const subsidyStagesByMatterKind = {
  criminal: ['investigation', 'prosecution_review', 'trial'],
  civil: ['first_instance', 'second_instance', 'enforcement', 'arbitration', 'non_litigation'],
  administrative: ['first_instance', 'second_instance', 'non_litigation'],
} as const satisfies Record<MatterKind, readonly string[]>;
export type SubsidyStage = (typeof subsidyStagesByMatterKind)[MatterKind][number];

export const subsidyStageNamesZh: Readonly<Record<SubsidyStage, string>> = {
  investigation: '侦查',
  prosecution_review: '审查起诉',
  trial: '审判',
  first_instance: '一审',
  second_instance: '二审',
  enforcement: '执行',
  arbitration: '仲裁',
  non_litigation: '非诉',
};

export const fundingSources = ['central', 'provincial', 'municipal', 'county'] as const;
export type FundingSource = (typeof fundingSources)[number];
export const fundingSourceNamesZh: Readonly<Record<FundingSource, string>> = {
  central: '中央',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

/** 10万元 for one stage or extra: above it is a typing error; it keeps amount × 1000 far inside safe integers. */
export const maxSubsidyAmountFen = 10_000_000;

export interface SubsidyStandard {
  id: number;
  /** A division-code prefix: '37' Shandong, '3708' Jining, '370811' 任城区. */
  regionPrefix: string;
  matterKind: MatterKind;
  /** One matter category (legal-aid.eligibility codes) or null for every matter of the kind. */
  matterCategory: string | null;
  stage: SubsidyStage;
  amountFen: number;
  effectiveFrom: string;
}

export interface SubsidyExtraStandard {
  id: number;
  /** `out_of_town_travel` …: what a case claims. */
  code: string;
  nameZh: string;
  regionPrefix: string;
  amountFen: number;
  effectiveFrom: string;
}

export interface FundingRule {
  id: number;
  regionPrefix: string;
  effectiveFrom: string;
  /** Per-mille of each case's subsidy each level pays; they sum to 1000. */
  sharesPermille: Readonly<Record<FundingSource, number>>;
}

export interface SubsidyRuleData {
  standards: readonly SubsidyStandard[];
  extras: readonly SubsidyExtraStandard[];
  funding: readonly FundingRule[];
}

type Dated = { regionPrefix: string; effectiveFrom: string };

export interface SubsidyRules {
  /** Key → rows, latest effective first. Keys: `s|region|kind|category|stage`, `x|region|code`, `f|region`. */
  readonly byKey: ReadonlyMap<string, readonly Dated[]>;
  /** The prefix lengths some row uses, longest first. */
  readonly prefixLengths: readonly number[];
  readonly extraNames: ReadonlyMap<string, string>;
  /** What a case's place, date, kind and category resolve to, filled as cases come (see `placeOf`). */
  readonly places: Map<string, Place>;
}

/** The lookups of one division, date, matter kind and category, shared by every case that has them. */
export interface Place {
  dateOk: boolean;
  funding: FundingRule | undefined;
  stages: Map<string, SubsidyStandard | null>;
  extras: Map<string, SubsidyExtraStandard | null>;
}

const regionPrefixPattern = /^\d{2,12}$/;
const isAmount = (n: unknown): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= maxSubsidyAmountFen;
export const stageSets: Readonly<Record<MatterKind, ReadonlySet<string>>> = {
  criminal: new Set(subsidyStagesByMatterKind.criminal),
  civil: new Set(subsidyStagesByMatterKind.civil),
  administrative: new Set(subsidyStagesByMatterKind.administrative),
};

const standardKey = (region: string, kind: string, category: string, stage: string) =>
  `s|${region}|${kind}|${category}|${stage}`;
const extraKey = (region: string, code: string) => `x|${region}|${code}`;
const fundingKey = (region: string) => `f|${region}`;

/**
 * Builds the lookups once per load of the data. Refuses data that would make an amount
 * ambiguous or wrong: two rows for one key on one date, a stage the matter kind does not have,
 * amounts that are not whole fen within bounds, funding shares not summing to 1000.
 */
export function compileSubsidyRules(data: SubsidyRuleData): SubsidyRules {
  const byKey = new Map<string, Dated[]>();
  const lengths = new Set<number>();
  const put = (key: string, row: Dated, what: string) => {
    if (!regionPrefixPattern.test(row.regionPrefix)) throw new RangeError(`${what}: not a division prefix`);
    if (!isCalendarDate(row.effectiveFrom)) throw new RangeError(`${what}: not a date: ${row.effectiveFrom}`);
    lengths.add(row.regionPrefix.length);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  };
  for (const s of data.standards) {
    const what = `subsidy standard ${s.id}`;
    if (!matterKinds.includes(s.matterKind)) throw new RangeError(`${what}: no matter kind ${s.matterKind}`);
    if (!stageSets[s.matterKind].has(s.stage)) throw new RangeError(`${what}: ${s.matterKind} has no stage ${s.stage}`);
    if (!isAmount(s.amountFen)) throw new RangeError(`${what}: amount must be whole fen, 0 to ${maxSubsidyAmountFen}`);
    put(standardKey(s.regionPrefix, s.matterKind, s.matterCategory ?? '', s.stage), s, what);
  }
  const extraNames = new Map<string, string>();
  for (const x of data.extras) {
    const what = `subsidy extra ${x.id}`;
    if (!isAmount(x.amountFen)) throw new RangeError(`${what}: amount must be whole fen, 0 to ${maxSubsidyAmountFen}`);
    put(extraKey(x.regionPrefix, x.code), x, what);
    extraNames.set(x.code, x.nameZh);
  }
  for (const f of data.funding) {
    const what = `funding rule ${f.id}`;
    let sum = 0;
    for (const source of fundingSources) {
      const share = f.sharesPermille[source];
      if (!Number.isSafeInteger(share) || share < 0) throw new RangeError(`${what}: ${source} share must be ≥ 0`);
      sum += share;
    }
    if (sum !== 1000) throw new RangeError(`${what}: shares sum to ${sum}‰, not 1000‰`);
    put(fundingKey(f.regionPrefix), f, what);
  }
  for (const [key, list] of byKey) {
    list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0));
    for (let i = 1; i < list.length; i++)
      if (list[i]!.effectiveFrom === list[i - 1]!.effectiveFrom)
        throw new RangeError(`two rows for ${key} take effect on ${list[i]!.effectiveFrom}`);
  }
  return { byKey, prefixLengths: [...lengths].sort((a, b) => b - a), extraNames, places: new Map() };
}

function inForce<T extends Dated>(list: readonly Dated[] | undefined, on: string): T | undefined {
  if (!list) return undefined;
  for (const row of list) if (row.effectiveFrom <= on) return row as T;
  return undefined;
}

/** The row of the most specific region with one in force on `on`; `keysOf(prefix)` in order of preference. */
function regional<T extends Dated>(
  rules: SubsidyRules,
  divisionCode: string,
  on: string,
  keysOf: (prefix: string) => readonly string[],
): T | undefined {
  for (const length of rules.prefixLengths) {
    if (length > divisionCode.length) continue;
    for (const key of keysOf(divisionCode.slice(0, length))) {
      const found = inForce<T>(rules.byKey.get(key), on);
      if (found) return found;
    }
  }
  return undefined;
}

export interface StandardQuery {
  divisionCode: string;
  matterKind: MatterKind;
  matterCategory?: string | null | undefined;
  stage: SubsidyStage;
  /** YYYY-MM-DD, Asia/Shanghai. */
  on: string;
}

/** The standard of a stage: the most specific region first, a category's own before its kind's, then the latest in force. */
export function findStandard(rules: SubsidyRules, q: StandardQuery): SubsidyStandard | undefined {
  const category = q.matterCategory ?? '';
  return regional<SubsidyStandard>(rules, q.divisionCode, q.on, (prefix) =>
    category === ''
      ? [standardKey(prefix, q.matterKind, '', q.stage)]
      : [standardKey(prefix, q.matterKind, category, q.stage), standardKey(prefix, q.matterKind, '', q.stage)],
  );
}

export function findExtraStandard(
  rules: SubsidyRules,
  divisionCode: string,
  code: string,
  on: string,
): SubsidyExtraStandard | undefined {
  return regional<SubsidyExtraStandard>(rules, divisionCode, on, (prefix) => [extraKey(prefix, code)]);
}

export function findFundingRule(rules: SubsidyRules, divisionCode: string, on: string): FundingRule | undefined {
  return regional<FundingRule>(rules, divisionCode, on, (prefix) => [fundingKey(prefix)]);
}

// ---------------------------------------------------------------------------------------------
// Seed data for Jining (济宁市, 3708). ILLUSTRATIVE: these amounts and shares are examples for the
// demo and the tests, not the published standards of Shandong, Jining or any county; an
// administrator replaces them with the real ones.

const illustrativeFrom = '2022-01-01';
let nextId = 1;
const jining = (
  matterKind: MatterKind,
  stage: SubsidyStage,
  amountFen: number,
  extra: Partial<SubsidyStandard> = {},
): SubsidyStandard => ({
  id: nextId++,
  regionPrefix: '3708',
  matterKind,
  matterCategory: null,
  stage,
  amountFen,
  effectiveFrom: illustrativeFrom,
  ...extra,
});

/** Illustrative Jining subsidy standards (see above): city-wide, a later city raise, a category's own, a county's own. */
export const jiningIllustrativeSubsidyStandards: readonly SubsidyStandard[] = [
  jining('criminal', 'investigation', 80_000),
  jining('criminal', 'prosecution_review', 80_000),
  jining('criminal', 'trial', 150_000),
  jining('criminal', 'trial', 180_000, { effectiveFrom: '2026-01-01' }),
  jining('civil', 'first_instance', 150_000),
  jining('civil', 'second_instance', 120_000),
  jining('civil', 'enforcement', 60_000),
  jining('civil', 'arbitration', 100_000),
  jining('civil', 'non_litigation', 50_000),
  jining('civil', 'first_instance', 180_000, { matterCategory: 'work_injury' }),
  jining('administrative', 'first_instance', 180_000),
  jining('administrative', 'second_instance', 120_000),
  jining('administrative', 'non_litigation', 60_000),
  // 任城区 pays its own trial standard from 2025: it stays in force there after the city's 2026 raise.
  jining('criminal', 'trial', 160_000, { regionPrefix: '370811', effectiveFrom: '2025-01-01' }),
];

/** Illustrative extras: a fixed travel allowance for a case handled away from home. */
export const jiningIllustrativeSubsidyExtras: readonly SubsidyExtraStandard[] = [
  {
    id: 1,
    code: 'out_of_town_travel',
    nameZh: '异地办案交通补贴',
    regionPrefix: '3708',
    amountFen: 20_000,
    effectiveFrom: illustrativeFrom,
  },
];

/** Illustrative funding shares: the counties share with the city; 任城区 (a city district) is paid by the city. */
export const jiningIllustrativeFundingRules: readonly FundingRule[] = [
  {
    id: 1,
    regionPrefix: '3708',
    effectiveFrom: illustrativeFrom,
    sharesPermille: { central: 300, provincial: 200, municipal: 250, county: 250 },
  },
  {
    id: 2,
    regionPrefix: '370811',
    effectiveFrom: illustrativeFrom,
    sharesPermille: { central: 300, provincial: 200, municipal: 500, county: 0 },
  },
];

export const jiningIllustrativeSubsidyRuleData: SubsidyRuleData = {
  standards: jiningIllustrativeSubsidyStandards,
  extras: jiningIllustrativeSubsidyExtras,
  funding: jiningIllustrativeFundingRules,
};
