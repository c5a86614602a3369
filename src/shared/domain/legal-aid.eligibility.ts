import { formatPermille, formatYuan } from './money';

/**
 * The legal-aid means test (法律援助经济困难审查) as data, after the PRC Legal Aid Law (法律援助法,
 * in force since 2022-01-01) and the seed policy (hardship threshold "不低于当地最低生活保障标准的
 * 2倍"; supplementary matters tied to livelihoods and rural issues).
 *
 * An application qualifies when its matter is in scope and one of three routes holds:
 *  - a criminal defendant with a ground of mandatory appointment (art. 25, 28): counsel is
 *    appointed whatever the income, so the means test is not applied;
 *  - a means-test exemption (art. 32, 42) that applies to the matter: no income check;
 *  - economic hardship: household income per head at or below the hardship threshold,
 *    multiplier × the local dibao (and, where a region sets one, assets within a cap).
 *
 * The rules are data (versions by region and effective date, supplementary matters, the
 * exemption list, dibao amounts): `compileEligibilityRules` turns them into lookups once, so a
 * check is a few Map reads and string joins (bench/legal-aid: the goal is ≥ 50,000 a second).
 * Every result lists each criterion with pass or fail and the figures behind it, and names the
 * rule version it applied.
 */

/** Matter-category and exemption codes: lower-case English words joined by `_`. */
export const legalAidCodePattern = /^[a-z]+(_[a-z]+)*$/;
export const legalAidCodeMaxLength = 40;

export const matterKinds = ['criminal', 'civil', 'administrative'] as const;
export type MatterKind = (typeof matterKinds)[number];

export interface MatterCategory {
  code: string;
  nameZh: string;
  kind: MatterKind;
  /** The provision that puts the matter in (or leaves it out of) scope, as the decision letter cites it. */
  basis: string;
}

/** Criminal defence: in scope for every defendant (art. 24); mandatory appointment decides it outright. */
export const criminalDefenseCategory = 'criminal_defense';

/**
 * The statutory matters: criminal defence and victims' representation (art. 24, 29) and the
 * civil and administrative matters of art. 31. Item (7) of art. 31 is four kinds of accident,
 * kept apart because subsidy standards and statistics tell them apart. The code of criminal
 * defence is the legal domain's (`criminal_defense`): one idea, one name.
 */
export const statutoryMatterCategories = [
  { code: 'criminal_defense', nameZh: '刑事辩护', kind: 'criminal', basis: '法律援助法第二十四条' },
  {
    code: 'criminal_victim',
    nameZh: '刑事被害人、自诉人、附带民事诉讼原告人代理',
    kind: 'criminal',
    basis: '法律援助法第二十九条',
  },
  { code: 'state_compensation', nameZh: '请求国家赔偿', kind: 'administrative', basis: '法律援助法第三十一条第一项' },
  {
    code: 'social_insurance_or_assistance',
    nameZh: '请求给予社会保险待遇或者社会救助',
    kind: 'administrative',
    basis: '法律援助法第三十一条第二项',
  },
  { code: 'survivor_pension', nameZh: '请求发给抚恤金', kind: 'administrative', basis: '法律援助法第三十一条第三项' },
  {
    code: 'maintenance',
    nameZh: '请求给付赡养费、抚养费、扶养费',
    kind: 'civil',
    basis: '法律援助法第三十一条第四项',
  },
  {
    code: 'labor_relationship_or_pay',
    nameZh: '请求确认劳动关系或者支付劳动报酬',
    kind: 'civil',
    basis: '法律援助法第三十一条第五项',
  },
  {
    code: 'civil_capacity',
    nameZh: '请求认定公民无民事行为能力或者限制民事行为能力',
    kind: 'civil',
    basis: '法律援助法第三十一条第六项',
  },
  { code: 'work_injury', nameZh: '请求工伤事故人身损害赔偿', kind: 'civil', basis: '法律援助法第三十一条第七项' },
  {
    code: 'traffic_accident',
    nameZh: '请求交通事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'food_drug_accident',
    nameZh: '请求食品药品安全事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'medical_accident',
    nameZh: '请求医疗事故人身损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第七项',
  },
  {
    code: 'environmental_damage',
    nameZh: '请求环境污染、生态破坏损害赔偿',
    kind: 'civil',
    basis: '法律援助法第三十一条第八项',
  },
] as const satisfies readonly MatterCategory[];
export type StatutoryMatterCode = (typeof statutoryMatterCategories)[number]['code'];

/**
 * Everything else a citizen may bring, so a pre-check can answer "not in scope" rather than
 * refuse the question: out of scope unless a region lists the matter as supplementary, or an
 * art. 32 circumstance (a good samaritan's claim, a domestic-violence victim's …) makes it one.
 */
export const generalMatterCategories = [
  {
    code: 'other_civil',
    nameZh: '其他民事事项',
    kind: 'civil',
    basis: '法律援助法第三十一条及本地补充事项均未列入',
  },
  {
    code: 'other_administrative',
    nameZh: '其他行政事项',
    kind: 'administrative',
    basis: '法律援助法第三十一条及本地补充事项均未列入',
  },
] as const satisfies readonly MatterCategory[];

/** The codes no region may give a supplementary matter: they already mean something. */
export const builtInMatterCodes: ReadonlySet<string> = new Set(
  [...statutoryMatterCategories, ...generalMatterCategories].map((c) => c.code),
);

export interface MeansTestExemption {
  code: string;
  nameZh: string;
  basis: string;
  /** Only for these matters (art. 42(3): migrant workers' pay or work injury); null: any matter. */
  matterCategories: readonly string[] | null;
  /**
   * Art. 32 circumstances name their own matter (a hero's honour, a good samaritan's claim, an
   * abuse victim's rights): with one of them an otherwise out-of-scope matter is in scope.
   * Art. 42 groups only skip the income check.
   */
  extendsScope: boolean;
}

/**
 * The means-test exemptions of art. 32 (不受经济困难条件的限制) and art. 42 (免予核查经济困难状况):
 * the seed of the editable list (table legal_aid_exemption). Art. 42(1) and (2) name several
 * groups in one item; each is its own entry, as the application records which one applies.
 * The open items (art. 32(5), 42(4): "其他情形/人员" of other laws) become entries an
 * administrator adds.
 */
export const meansTestExemptions = [
  {
    code: 'hero_martyr_next_of_kin',
    nameZh: '英雄烈士近亲属为维护英雄烈士的人格权益',
    basis: '法律援助法第三十二条第一项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'good_samaritan',
    nameZh: '因见义勇为行为主张相关民事权益',
    basis: '法律援助法第三十二条第二项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'acquitted_on_retrial',
    nameZh: '再审改判无罪请求国家赔偿',
    basis: '法律援助法第三十二条第三项',
    matterCategories: ['state_compensation'],
    extendsScope: false,
  },
  {
    code: 'abuse_or_domestic_violence_victim',
    nameZh: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    basis: '法律援助法第三十二条第四项',
    matterCategories: null,
    extendsScope: true,
  },
  {
    code: 'minor_without_income',
    nameZh: '无固定生活来源的未成年人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'elderly_without_income',
    nameZh: '无固定生活来源的老年人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'disabled_without_income',
    nameZh: '无固定生活来源的残疾人',
    basis: '法律援助法第四十二条第一项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'social_assistance_recipient',
    nameZh: '社会救助对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'judicial_assistance_recipient',
    nameZh: '司法救助对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'special_care_recipient',
    nameZh: '优抚对象',
    basis: '法律援助法第四十二条第二项',
    matterCategories: null,
    extendsScope: false,
  },
  {
    code: 'migrant_worker_pay_or_injury',
    nameZh: '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员',
    basis: '法律援助法第四十二条第三项',
    matterCategories: ['labor_relationship_or_pay', 'work_injury'],
    extendsScope: false,
  },
] as const satisfies readonly MeansTestExemption[];

/**
 * Grounds on which the court, procuratorate or public security organ must have counsel
 * appointed for a criminal defendant (应当通知法律援助机构指派律师): art. 25 and art. 28. Fixed by
 * statute, so constants rather than data; art. 25(1)(7) "法律法规规定的其他人员" is added here
 * when a law names one.
 */
export const appointmentGroundCodes = [
  'minor',
  'visual_hearing_speech_disability',
  'diminished_capacity_adult',
  'possible_life_or_death_sentence',
  'death_penalty_review',
  'trial_in_absentia',
  'court_notified_ordinary_procedure',
  'compulsory_medical_treatment',
] as const;
export type AppointmentGroundCode = (typeof appointmentGroundCodes)[number];

export interface AppointmentGround {
  code: AppointmentGroundCode;
  nameZh: string;
  basis: string;
}

export const appointmentGrounds: readonly AppointmentGround[] = [
  { code: 'minor', nameZh: '未成年人', basis: '法律援助法第二十五条第一款第一项' },
  {
    code: 'visual_hearing_speech_disability',
    nameZh: '视力、听力、言语残疾人',
    basis: '法律援助法第二十五条第一款第二项',
  },
  {
    code: 'diminished_capacity_adult',
    nameZh: '不能完全辨认自己行为的成年人',
    basis: '法律援助法第二十五条第一款第三项',
  },
  {
    code: 'possible_life_or_death_sentence',
    nameZh: '可能被判处无期徒刑、死刑的人',
    basis: '法律援助法第二十五条第一款第四项',
  },
  {
    code: 'death_penalty_review',
    nameZh: '申请法律援助的死刑复核案件被告人',
    basis: '法律援助法第二十五条第一款第五项',
  },
  { code: 'trial_in_absentia', nameZh: '缺席审判案件的被告人', basis: '法律援助法第二十五条第一款第六项' },
  {
    code: 'court_notified_ordinary_procedure',
    nameZh: '适用普通程序审判、人民法院通知指派辩护的被告人',
    basis: '法律援助法第二十五条第二款',
  },
  {
    code: 'compulsory_medical_treatment',
    nameZh: '强制医疗案件的被申请人或者被告人',
    basis: '法律援助法第二十八条',
  },
];

// ---------------------------------------------------------------------------------------------
// Rule data: what the tables hold.

/** Bounds shared by the schemas and the table checks. */
export const householdSizeLimits = { min: 1, max: 30 } as const;
/** 10亿元 a month: far above any household, far below where integer fen lose precision. */
export const maxMonthlyHouseholdIncomeFen = 100_000_000_000;
export const maxAssetsFen = 100_000_000_000_000;
/**
 * The multiplier in per-mille (2000 = 2 ×): integer arithmetic gives exact thresholds, and
 * regions use factors like 2.5. The floor is the seed policy's "不低于…最低生活保障标准的2倍".
 */
export const multiplierPermilleLimits = { min: 2000, max: 10_000 } as const;
export const defaultMultiplierPermille = 2000;
/** A dibao above 10万元 a month is a typing error, not a standard. */
export const maxDibaoMonthlyFen = 10_000_000;

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

interface CompiledVersion {
  ref: RuleVersionRef;
  effectiveFrom: string;
  multiplierPermille: number;
  multiplierText: string;
  assetCapFen: number | null;
  assetCapText: string;
  matters: ReadonlyMap<string, CompiledMatter>;
  matterList: readonly MatterCategoryView[];
}

interface CompiledExemption extends ExemptionView {
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

const appointmentByCode: ReadonlyMap<string, AppointmentGround> = new Map(appointmentGrounds.map((g) => [g.code, g]));

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

/**
 * The hardship threshold per head: multiplier × dibao, rounded up to a whole fen, so no
 * applicant is refused over a fraction of a fen (2.5 × 931.01 元 = 2,327.525 元 → 2,327.53 元).
 */
export function hardshipThresholdFen(dibaoMonthlyFen: number, multiplierPermille: number): number {
  return Math.floor((dibaoMonthlyFen * multiplierPermille + 999) / 1000);
}

/**
 * Household income per head, rounded down to a whole fen: 100.01 元 shared by 2 is 50.00 元
 * each. Rounding down, like the threshold rounding up, leaves the fraction with the applicant.
 */
export function perCapitaIncomeFen(monthlyHouseholdIncomeFen: number, householdSize: number): number {
  return Math.floor(monthlyHouseholdIncomeFen / householdSize);
}

// ---------------------------------------------------------------------------------------------
// Facts, validation, the check.

export interface EligibilityFacts {
  /** Where the applicant lives (or the case is): any level inside a region the rules cover. */
  divisionCode: string;
  householdSize: number;
  monthlyHouseholdIncomeFen: number;
  /** Household assets; undefined: not declared. */
  assetsFen?: number | undefined;
  matterCategory: string;
  /** Means-test exemption codes the applicant claims (with documents, at application). */
  exemptions?: readonly string[] | undefined;
  /** Criminal defence only: grounds of mandatory appointment. */
  appointmentGrounds?: readonly string[] | undefined;
}

export interface EligibilityFactProblem {
  /** The facts' field: `matterCategory`, `exemptions.1` …; the caller prefixes `body.` or its own path. */
  field: string;
  message: string;
  code: string;
}

const isWhole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= min && n <= max;

/** Why no rule applies to a division on a date (outside the area, or before any version); undefined when one does. */
export function divisionCodeProblem(
  rules: EligibilityRules,
  divisionCode: string,
  date: string,
): EligibilityFactProblem | undefined {
  if (ruleVersionInForce(rules, divisionCode, date)) return undefined;
  if (isCoveredByRules(rules, divisionCode))
    return {
      field: 'divisionCode',
      message: `no legal-aid rule is in force here on ${date}`,
      code: 'no_rule_in_force',
    };
  const area = rules.regionPrefixes.join(', ') || 'nothing yet';
  return {
    field: 'divisionCode',
    message: `outside the area the legal-aid rules cover (division codes starting ${area})`,
    code: 'out_of_area',
  };
}

/**
 * Everything wrong with the facts, for a 400 naming each field. The check itself assumes facts
 * that pass: unknown codes here are input errors, not "not eligible".
 */
export function validateEligibilityFacts(
  rules: EligibilityRules,
  facts: EligibilityFacts,
  date: string,
): EligibilityFactProblem[] {
  const problems: EligibilityFactProblem[] = [];
  const problem = (field: string, message: string, code: string) => problems.push({ field, message, code });
  if (!isWhole(facts.householdSize, householdSizeLimits.min, householdSizeLimits.max))
    problem(
      'householdSize',
      `must be a whole number of people from ${householdSizeLimits.min} to ${householdSizeLimits.max}`,
      'out_of_range',
    );
  if (!isWhole(facts.monthlyHouseholdIncomeFen, 0, maxMonthlyHouseholdIncomeFen))
    problem('monthlyHouseholdIncomeFen', 'must be a whole number of fen, 0 or more', 'out_of_range');
  if (facts.assetsFen !== undefined && !isWhole(facts.assetsFen, 0, maxAssetsFen))
    problem('assetsFen', 'must be a whole number of fen, 0 or more', 'out_of_range');

  const version = ruleVersionInForce(rules, facts.divisionCode, date);
  const divisionProblem = version ? undefined : divisionCodeProblem(rules, facts.divisionCode, date);
  if (divisionProblem) problems.push(divisionProblem);
  const matter = version?.matters.get(facts.matterCategory);
  if (version && !matter)
    problem(
      'matterCategory',
      `no matter category ${facts.matterCategory} here: see the rules listing`,
      'unknown_matter_category',
    );

  const seenExemptions = new Set<string>();
  (facts.exemptions ?? []).forEach((code, i) => {
    if (!rules.exemptions.get(code)?.isActive)
      problem(`exemptions.${i}`, `no means-test exemption ${code}: see the rules listing`, 'unknown_exemption');
    else if (seenExemptions.has(code)) problem(`exemptions.${i}`, `${code} is listed twice`, 'duplicate');
    seenExemptions.add(code);
  });
  const seenGrounds = new Set<string>();
  (facts.appointmentGrounds ?? []).forEach((code, i) => {
    if (!appointmentByCode.has(code))
      problem(`appointmentGrounds.${i}`, `no appointment ground ${code}`, 'unknown_appointment_ground');
    else if (seenGrounds.has(code)) problem(`appointmentGrounds.${i}`, `${code} is listed twice`, 'duplicate');
    else if (matter && !matter.isCriminalDefense)
      problem(`appointmentGrounds.${i}`, `only for the matter ${criminalDefenseCategory}`, 'not_applicable');
    seenGrounds.add(code);
  });
  return problems;
}

export const eligibilityResults = ['eligible', 'not_eligible', 'needs_review'] as const;
export type EligibilityResultKind = (typeof eligibilityResults)[number];

export const eligibilityCriterionIds = [
  'matter_in_scope',
  'mandatory_appointment',
  'means_test_exemption',
  'economic_hardship',
  'assets',
] as const;
export type EligibilityCriterionId = (typeof eligibilityCriterionIds)[number];

export interface EligibilityCriterion {
  id: EligibilityCriterionId;
  /** Met on the rules alone. A criterion can fail without refusing: another route may qualify. */
  passed: boolean;
  /** One short Chinese sentence with the figures. */
  detail: string;
}

export interface EligibilityResult {
  result: EligibilityResultKind;
  criteria: EligibilityCriterion[];
  /** Null only when no dibao is known for the division (the result is then needs_review or decided without it). */
  thresholdPerCapitaFen: number | null;
  perCapitaIncomeFen: number;
  ruleVersion: RuleVersionRef;
  dibao: DibaoStandard | null;
  /** The Asia/Shanghai date the rules were read for. */
  on: string;
}

// How a criterion bears on the result: `fail` refuses, `review` sends to a person, `not_met`
// is a route not taken (no ground, no applicable exemption) and decides nothing by itself.
type Outcome = 'pass' | 'fail' | 'review' | 'not_met';

/**
 * The means test for valid facts (see validateEligibilityFacts) on a date (YYYY-MM-DD,
 * Asia/Shanghai). Any failing criterion makes the result not_eligible; otherwise any one that
 * needs a person's judgement makes it needs_review; otherwise eligible.
 *
 * At the threshold passes: the standard is the upper bound of hardship ("不低于…2倍" sets how
 * high the bound may be, not that it is excluded), and 1 fen should not turn a household away.
 */
export function checkEligibility(rules: EligibilityRules, facts: EligibilityFacts, date: string): EligibilityResult {
  const version = ruleVersionInForce(rules, facts.divisionCode, date);
  if (!version) throw new RangeError(`no legal-aid rule in force for ${facts.divisionCode} on ${date}`);
  const matter = version.matters.get(facts.matterCategory);
  if (!matter) throw new RangeError(`unknown matter category ${facts.matterCategory}`);

  const criteria: EligibilityCriterion[] = [];
  let failed = false;
  let review = false;
  const add = (id: EligibilityCriterionId, outcome: Outcome, detail: string) => {
    if (outcome === 'fail') failed = true;
    else if (outcome === 'review') review = true;
    criteria.push({ id, passed: outcome === 'pass', detail });
  };

  // Exemptions that apply to this matter; the first one names the route in the hardship line.
  const applicable: CompiledExemption[] = [];
  const notApplicable: string[] = [];
  for (const code of facts.exemptions ?? []) {
    const exemption = rules.exemptions.get(code);
    if (exemption?.isActive && (exemption.matterSet === null || exemption.matterSet.has(matter.code))) {
      applicable.push(exemption);
    } else {
      notApplicable.push(
        !exemption
          ? `“${code}”不是免予核查情形`
          : !exemption.isActive
            ? `“${exemption.nameZh}”已停用`
            : `“${exemption.nameZh}”${exemption.restrictionText}`,
      );
    }
  }
  const exempted = applicable[0];

  // 1. The matter.
  if (matter.inScope || matter.isReviewOnly) {
    add('matter_in_scope', matter.isReviewOnly ? 'review' : 'pass', matter.scopeDetail);
  } else {
    const widening = applicable.find((e) => e.extendsScope);
    if (widening)
      add('matter_in_scope', 'pass', `“${matter.nameZh}”因“${widening.nameZh}”属于法律援助范围（${widening.basis}）。`);
    else add('matter_in_scope', 'fail', matter.scopeDetail);
  }

  // 2. Mandatory appointment: criminal defence only.
  const appointed: AppointmentGround[] = [];
  if (matter.isCriminalDefense) {
    for (const code of facts.appointmentGrounds ?? []) {
      const ground = appointmentByCode.get(code);
      if (ground) appointed.push(ground);
    }
    if (appointed.length > 0)
      add(
        'mandatory_appointment',
        'pass',
        `属于应当指派辩护情形：${appointed.map((g) => `${g.nameZh}（${g.basis}）`).join('；')}。`,
      );
    else
      add(
        'mandatory_appointment',
        'not_met',
        '未申报应当指派辩护情形（法律援助法第二十五条、第二十八条），按经济困难条件审查。',
      );
  }

  // 3. Exemptions claimed.
  if (exempted) {
    const named = applicable.map((e) => `“${e.nameZh}”（${e.basis}）`).join('、');
    const rest = notApplicable.length > 0 ? `；${notApplicable.join('；')}` : '';
    add('means_test_exemption', 'pass', `属于${named}情形，免予核查经济困难状况${rest}。`);
  } else if (notApplicable.length > 0) {
    add('means_test_exemption', 'not_met', `所报情形不适用本事项：${notApplicable.join('；')}，仍须审查经济困难状况。`);
  }

  // 4. Economic hardship, and 5. assets, unless another route made them moot.
  const perCapita = perCapitaIncomeFen(facts.monthlyHouseholdIncomeFen, facts.householdSize);
  const dibao = dibaoInForce(rules, facts.divisionCode, date);
  const threshold = dibao ? hardshipThresholdFen(dibao.monthlyFen, version.multiplierPermille) : null;
  if (appointed.length > 0) {
    add('economic_hardship', 'pass', '属于应当指派辩护情形，不审查经济困难状况。');
  } else if (exempted) {
    add('economic_hardship', 'pass', `属于“${exempted.nameZh}”情形，免予核查经济困难状况。`);
  } else {
    const incomeText = `家庭人均月收入 ${formatYuan(perCapita)} 元（${formatYuan(facts.monthlyHouseholdIncomeFen)} 元 ÷ ${facts.householdSize} 人）`;
    if (dibao === undefined || threshold === null) {
      add('economic_hardship', 'review', `${incomeText}；未找到当地最低生活保障标准，无法计算困难标准，须人工审查。`);
    } else {
      const comparison = perCapita < threshold ? '低于' : perCapita === threshold ? '等于' : '高于';
      const standard = `困难标准 ${formatYuan(threshold)} 元（${dibao.isIllustrative ? '示例' : ''}低保 ${formatYuan(dibao.monthlyFen)} 元 × ${version.multiplierText}）`;
      if (perCapita <= threshold) add('economic_hardship', 'pass', `${incomeText}，${comparison}${standard}。`);
      else if (matter.isCriminalDefense)
        // Art. 24: a defendant may apply "因经济困难或者其他原因" — the other reasons are a person's call.
        add(
          'economic_hardship',
          'review',
          `${incomeText}，${comparison}${standard}；刑事辩护可因其他原因申请（法律援助法第二十四条），须人工审查。`,
        );
      else add('economic_hardship', 'fail', `${incomeText}，${comparison}${standard}，不符合经济困难条件。`);
    }
    if (version.assetCapFen !== null) {
      const cap = version.assetCapText;
      if (facts.assetsFen === undefined) add('assets', 'review', `未申报家庭资产，资产上限为 ${cap} 元，须人工审查。`);
      else if (facts.assetsFen <= version.assetCapFen)
        add('assets', 'pass', `家庭资产 ${formatYuan(facts.assetsFen)} 元，未超过上限 ${cap} 元。`);
      else add('assets', 'review', `家庭资产 ${formatYuan(facts.assetsFen)} 元，超过上限 ${cap} 元，须人工审查。`);
    }
  }

  return {
    result: failed ? 'not_eligible' : review ? 'needs_review' : 'eligible',
    criteria,
    thresholdPerCapitaFen: threshold,
    perCapitaIncomeFen: perCapita,
    ruleVersion: version.ref,
    dibao: dibao ?? null,
    on: date,
  };
}

export interface AppointmentGroundView {
  code: AppointmentGroundCode;
  nameZh: string;
  basis: string;
}

export interface EligibilityRulesView {
  on: string;
  ruleVersion: RuleVersionRef;
  multiplierPermille: number;
  assetCapFen: number | null;
  dibao: DibaoStandard | null;
  thresholdPerCapitaFen: number | null;
  /** What the pre-check accepts: statutory, supplementary, then the general ones (out of scope). */
  matterCategories: readonly MatterCategoryView[];
  exemptions: readonly ExemptionView[];
  appointmentGrounds: readonly AppointmentGroundView[];
}

/** What the pre-check accepts for a division on a date; undefined where no rule is in force. */
export function describeEligibilityRules(
  rules: EligibilityRules,
  divisionCode: string,
  date: string,
): EligibilityRulesView | undefined {
  const version = ruleVersionInForce(rules, divisionCode, date);
  if (!version) return undefined;
  const dibao = dibaoInForce(rules, divisionCode, date) ?? null;
  const bySource = (source: MatterSource) => version.matterList.filter((m) => m.source === source);
  return {
    on: date,
    ruleVersion: version.ref,
    multiplierPermille: version.multiplierPermille,
    assetCapFen: version.assetCapFen,
    dibao,
    thresholdPerCapitaFen: dibao ? hardshipThresholdFen(dibao.monthlyFen, version.multiplierPermille) : null,
    matterCategories: [...bySource('statutory'), ...bySource('supplementary'), ...bySource('general')],
    exemptions: rules.activeExemptions,
    appointmentGrounds: appointmentGrounds,
  };
}
