import {
  criminalDefenseCategory,
  generalMatterCategories,
  type MatterCategory,
  type MatterKind,
  type MeansTestExemption,
  statutoryMatterCategories,
} from './legal-aid.catalogue';
import { formatPermille, formatYuan } from './money';

/**
 * The legal-aid rule data (versions by region and effective date, supplementary matters, the
 * exemption list, dibao amounts) and its compiled lookups: `compileEligibilityRules` turns the
 * data into Maps once per load, and the lookups below find the version and dibao in force for a
 * division on a date.
 */

// ---------------------------------------------------------------------------------------------
// Rule data: what the tables hold.

export interface SupplementaryMatter {
  code: string;
  nameZh: string;
  kind: Exclude<MatterKind, 'criminal'>;
  basis: string;
  /** In scope only after a person has looked at it: such a matter never passes on the rules alone. */
  isReviewOnly: boolean;
}

export interface EligibilityRuleVersion {
  id: number;
  /** A city (4 digits, 3708) or county (6 digits, 370811) division-code prefix. */
  regionPrefix: string;
  /** YYYY-MM-DD, Asia/Shanghai: the version applies from 00:00 of this day. */
  effectiveFrom: string;
  multiplierPermille: number;
  /** Household assets above this need review; null: the region sets no asset cap. */
  assetCapFen: number | null;
  supplementaryMatters: readonly SupplementaryMatter[];
}

export interface DibaoStandard {
  /** A city or county division code (12 digits). */
  divisionCode: string;
  effectiveFrom: string;
  /** Per person per month. */
  monthlyFen: number;
  /** Seeded figures that are not the published standard: results say so. */
  isIllustrative: boolean;
}

export interface ExemptionEntry extends MeansTestExemption {
  isActive: boolean;
}

export interface EligibilityRuleData {
  versions: readonly EligibilityRuleVersion[];
  dibao: readonly DibaoStandard[];
  /** In list order. */
  exemptions: readonly ExemptionEntry[];
}

// ---------------------------------------------------------------------------------------------
// Compiled rules: lookups built once per load.

export type MatterSource = 'statutory' | 'supplementary' | 'general';

export interface MatterCategoryView extends MatterCategory {
  source: MatterSource;
  /** In scope on the rules alone (a review-only supplementary matter is not). */
  inScope: boolean;
  isReviewOnly: boolean;
}

export interface ExemptionView {
  code: string;
  nameZh: string;
  basis: string;
  matterCategories: readonly string[] | null;
  extendsScope: boolean;
}

export interface RuleVersionRef {
  id: number;
  regionPrefix: string;
  effectiveFrom: string;
}

interface CompiledMatter extends MatterCategoryView {
  scopeDetail: string;
  isCriminalDefense: boolean;
}

export interface CompiledVersion {
  ref: RuleVersionRef;
  effectiveFrom: string;
  multiplierPermille: number;
  multiplierText: string;
  assetCapFen: number | null;
  assetCapText: string;
  matters: ReadonlyMap<string, CompiledMatter>;
  matterList: readonly MatterCategoryView[];
}

export interface CompiledExemption extends ExemptionView {
  isActive: boolean;
  /** Null: any matter. */
  matterSet: ReadonlySet<string> | null;
  /** "仅适用于“…”“…”事项", for the detail when it does not apply. */
  restrictionText: string;
}

export interface EligibilityRules {
  /** Region prefix → its versions, latest effective date first. */
  readonly versionsByRegion: ReadonlyMap<string, readonly CompiledVersion[]>;
  /** Division-code prefix (city 4 digits, county 6) → its dibao amounts, latest first. */
  readonly dibaoByRegion: ReadonlyMap<string, readonly DibaoStandard[]>;
  /** Active and retired, by code. */
  readonly exemptions: ReadonlyMap<string, CompiledExemption>;
  readonly activeExemptions: readonly ExemptionView[];
  /** Every region some version covers: the area the pre-check serves. */
  readonly regionPrefixes: readonly string[];
}

/** The significant prefix of a city or county code: 370800000000 → 3708, 370811000000 → 370811. */
export function regionPrefixOf(divisionCode: string): string {
  return divisionCode.slice(4, 6) === '00' ? divisionCode.slice(0, 4) : divisionCode.slice(0, 6);
}

/** A city (4 digits) or county (6 digits, not ending 00) prefix. */
export const regionPrefixPattern = /^\d{4}$|^\d{4}(0[1-9]|[1-9]\d)$/;

function compileMatter(category: MatterCategory, source: MatterSource, isReviewOnly = false): CompiledMatter {
  const inScope = source !== 'general' && !isReviewOnly;
  const quoted = `“${category.nameZh}”`;
  const scopeDetail =
    source === 'statutory'
      ? `${quoted}属于法律援助事项范围（${category.basis}）。`
      : source === 'general'
        ? `${quoted}不在法律援助事项范围内（${category.basis}）。`
        : isReviewOnly
          ? `${quoted}属于本地补充事项，须经人工审查是否给予法律援助（${category.basis}）。`
          : `${quoted}属于本地补充事项（${category.basis}）。`;
  return {
    code: category.code,
    nameZh: category.nameZh,
    kind: category.kind,
    basis: category.basis,
    source,
    inScope,
    isReviewOnly,
    scopeDetail,
    isCriminalDefense: category.code === criminalDefenseCategory,
  };
}

const builtInMatters: readonly CompiledMatter[] = [
  ...statutoryMatterCategories.map((c) => compileMatter(c, 'statutory')),
  ...generalMatterCategories.map((c) => compileMatter(c, 'general')),
];
const builtInMatterNames: ReadonlyMap<string, string> = new Map(builtInMatters.map((m) => [m.code, m.nameZh]));

const toMatterView = (m: CompiledMatter): MatterCategoryView => ({
  code: m.code,
  nameZh: m.nameZh,
  kind: m.kind,
  basis: m.basis,
  source: m.source,
  inScope: m.inScope,
  isReviewOnly: m.isReviewOnly,
});

/** Latest first; the first whose date has come is the one in force. */
const byEffectiveFromDesc = <T extends { effectiveFrom: string }>(a: T, b: T) =>
  a.effectiveFrom < b.effectiveFrom ? 1 : a.effectiveFrom > b.effectiveFrom ? -1 : 0;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Builds the lookups once per load of the rule data. Refuses data that would make an answer
 * ambiguous (two versions of one region on one day, a supplementary matter reusing a built-in
 * code): the tables' constraints and the admin service keep it from happening.
 */
export function compileEligibilityRules(data: EligibilityRuleData): EligibilityRules {
  const versionsByRegion = new Map<string, CompiledVersion[]>();
  for (const [region, versions] of groupBy(data.versions, (v) => v.regionPrefix)) {
    if (!regionPrefixPattern.test(region)) throw new RangeError(`not a city or county prefix: ${region}`);
    const sorted = [...versions].sort(byEffectiveFromDesc);
    sorted.forEach((v, i) => {
      if (sorted[i + 1]?.effectiveFrom === v.effectiveFrom)
        throw new RangeError(`two rule versions of ${region} take effect on ${v.effectiveFrom}`);
    });
    versionsByRegion.set(
      region,
      sorted.map((v) => {
        const matters = new Map(builtInMatters.map((m) => [m.code, m]));
        for (const s of v.supplementaryMatters) {
          if (matters.has(s.code)) throw new RangeError(`rule version ${v.id}: matter ${s.code} is listed twice`);
          matters.set(s.code, compileMatter(s, 'supplementary', s.isReviewOnly));
        }
        return {
          ref: { id: v.id, regionPrefix: v.regionPrefix, effectiveFrom: v.effectiveFrom },
          effectiveFrom: v.effectiveFrom,
          multiplierPermille: v.multiplierPermille,
          multiplierText: formatPermille(v.multiplierPermille),
          assetCapFen: v.assetCapFen,
          assetCapText: v.assetCapFen === null ? '' : formatYuan(v.assetCapFen),
          matters,
          matterList: [...matters.values()].map(toMatterView),
        };
      }),
    );
  }
  const dibaoByRegion = new Map<string, DibaoStandard[]>();
  for (const [region, rows] of groupBy(data.dibao, (d) => regionPrefixOf(d.divisionCode))) {
    dibaoByRegion.set(region, [...rows].sort(byEffectiveFromDesc));
  }
  const exemptions = new Map<string, CompiledExemption>();
  for (const e of data.exemptions) {
    const names = (e.matterCategories ?? []).map((code) => `“${matterNameOf(data, code)}”`);
    exemptions.set(e.code, {
      code: e.code,
      nameZh: e.nameZh,
      basis: e.basis,
      matterCategories: e.matterCategories,
      extendsScope: e.extendsScope,
      isActive: e.isActive,
      matterSet: e.matterCategories ? new Set(e.matterCategories) : null,
      restrictionText: `仅适用于${names.join('')}事项`,
    });
  }
  const activeExemptions = data.exemptions
    .filter((e) => e.isActive)
    .map(({ code, nameZh, basis, matterCategories, extendsScope }) => ({
      code,
      nameZh,
      basis,
      matterCategories,
      extendsScope,
    }));
  return {
    versionsByRegion,
    dibaoByRegion,
    exemptions,
    activeExemptions,
    regionPrefixes: [...versionsByRegion.keys()],
  };
}

function matterNameOf(data: EligibilityRuleData, code: string): string {
  const builtIn = builtInMatterNames.get(code);
  if (builtIn) return builtIn;
  for (const v of data.versions) {
    const found = v.supplementaryMatters.find((s) => s.code === code);
    if (found) return found.nameZh;
  }
  return code;
}

/** The first entry whose date has come, of a list sorted latest first. */
function inForce<T extends { effectiveFrom: string }>(list: readonly T[] | undefined, date: string): T | undefined {
  if (!list) return undefined;
  for (const item of list) if (item.effectiveFrom <= date) return item;
  return undefined;
}

/** The county prefix, then the city prefix, of any division code inside a county or city. */
function regionLookup<T extends { effectiveFrom: string }>(
  map: ReadonlyMap<string, readonly T[]>,
  divisionCode: string,
  date: string,
): T | undefined {
  return inForce(map.get(divisionCode.slice(0, 6)), date) ?? inForce(map.get(divisionCode.slice(0, 4)), date);
}

/**
 * The rule in force for a division on a date: the latest version whose effective date has come,
 * of the most specific region that has one — the county's, else the city's. A county version
 * dated later than the date leaves the city's in force until then.
 */
export function ruleVersionInForce(
  rules: EligibilityRules,
  divisionCode: string,
  date: string,
): CompiledVersion | undefined {
  return regionLookup(rules.versionsByRegion, divisionCode, date);
}

/** The dibao of a division on a date: its county's amount in force, else its city's. */
export function dibaoInForce(rules: EligibilityRules, divisionCode: string, date: string): DibaoStandard | undefined {
  return regionLookup(rules.dibaoByRegion, divisionCode, date);
}

/** Whether some version, of any date, covers the division: outside that area the rules say nothing. */
export function isCoveredByRules(rules: EligibilityRules, divisionCode: string): boolean {
  return rules.versionsByRegion.has(divisionCode.slice(0, 6)) || rules.versionsByRegion.has(divisionCode.slice(0, 4));
}

/** Whether a version is the one in force for its own region on `date`, still to come, or replaced. */
export function ruleVersionStatus(
  rules: EligibilityRules,
  version: { id: number; regionPrefix: string; effectiveFrom: string },
  date: string,
): 'scheduled' | 'in_force' | 'superseded' {
  if (version.effectiveFrom > date) return 'scheduled';
  return inForce(rules.versionsByRegion.get(version.regionPrefix), date)?.ref.id === version.id
    ? 'in_force'
    : 'superseded';
}

/** Whether a dibao row is the one in force for its own division on `date`. */
export function isDibaoInForce(
  rules: EligibilityRules,
  row: { divisionCode: string; effectiveFrom: string },
  date: string,
): boolean {
  const current = inForce(rules.dibaoByRegion.get(regionPrefixOf(row.divisionCode)), date);
  return current?.divisionCode === row.divisionCode && current.effectiveFrom === row.effectiveFrom;
}
