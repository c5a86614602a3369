import {
  type AppointmentGround,
  type AppointmentGroundCode,
  appointmentGrounds,
  criminalDefenseCategory,
  householdSizeLimits,
  maxAssetsFen,
  maxMonthlyHouseholdIncomeFen,
} from './legal-aid.catalogue';
import {
  type CompiledExemption,
  type DibaoStandard,
  dibaoInForce,
  type EligibilityRules,
  type ExemptionView,
  isCoveredByRules,
  type MatterCategoryView,
  type MatterSource,
  type RuleVersionRef,
  ruleVersionInForce,
} from './legal-aid.rules';
import { formatYuan } from './money';

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

const appointmentByCode: ReadonlyMap<string, AppointmentGround> = new Map(appointmentGrounds.map((g) => [g.code, g]));

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
