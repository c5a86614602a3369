import { isCalendarDate } from './calendar';
import type { MatterKind } from './legal-aid.catalogue';
import {
  type FundingSource,
  findExtraStandard,
  findFundingRule,
  findStandard,
  fundingSources,
  type Place,
  type SubsidyRules,
  type SubsidyStage,
  stageSets,
  subsidyStageNamesZh,
} from './legal-aid.subsidy-standard';

/**
 * The case subsidy (办案补贴) of closed legal-aid cases, and its payment batches, as pure rules on
 * data (法律援助法第五十二条: 补贴标准 set by the province, city or county, by stage and kind of
 * case; 法律援助补贴管理办法).
 *
 * - The standards and the funding rules are data (legal-aid.subsidy-standard).
 * - A case's subsidy is the sum of the standards of the stages it went through, × the quality
 *   factor of its review (legal-aid.quality, per-mille), rounded half up on the fen:
 *   ⌊(sum × factor + 500) / 1000⌋ — 1,234.565 元 is 1,234.57 元. Then fixed extras (异地办案交通补贴 …),
 *   themselves standards by region and date, are added unscaled: they repay costs incurred
 *   whatever the quality.
 * - Funding (中央/省/市/县 经费): a region's funding rule says what share of each case's subsidy
 *   each level pays, per-mille summing to 1000. A case's amount is split by largest remainder
 *   (each share rounded down, the fen left over to the largest fractions, ties in the order
 *   central, provincial, municipal, county): the parts always add up to the case's total.
 * - Batches add integer fen only, so per handler, per organisation, per funding source and the
 *   case lines each add up to the batch total exactly.
 */

/** Enough for every division × day × kind of a year's batches; past it the memo starts over. */
const maxPlaces = 200_000;

/** Amount × factor per-mille, rounded half up on the fen. */
export function applyPermille(amountFen: number, factorPermille: number): number {
  return Math.floor((amountFen * factorPermille + 500) / 1000);
}

/** An amount split by per-mille shares summing to 1000, by largest remainder (ties in `fundingSources` order): the parts add up to the amount. */
export function splitByShares(
  amountFen: number,
  sharesPermille: Readonly<Record<FundingSource, number>>,
): Record<FundingSource, number> {
  const exact = fundingSources.map((source) => amountFen * sharesPermille[source]);
  const parts = exact.map((e) => Math.floor(e / 1000));
  // At most three fen are left (four shares, each less than one fen short): to the largest
  // remainder each, the first source in order on a tie.
  let left = amountFen - parts[0]! - parts[1]! - parts[2]! - parts[3]!;
  const remainders = exact.map((e) => e % 1000);
  while (left > 0) {
    let best = 0;
    for (let i = 1; i < 4; i++) if (remainders[i]! > remainders[best]!) best = i;
    parts[best]! += 1;
    remainders[best] = -1;
    left -= 1;
  }
  return { central: parts[0]!, provincial: parts[1]!, municipal: parts[2]!, county: parts[3]! };
}

export interface ClosedAidCase {
  caseRef: string;
  /** The lawyer (or other handler) paid. */
  handlerId: number;
  /** Their law firm, grassroots legal service office or legal aid centre. */
  organizationId: number;
  /** Where the case was handled (the aid centre's division): picks the standards. */
  divisionCode: string;
  matterKind: MatterKind;
  matterCategory?: string | null | undefined;
  /** The stages the case went through, each once. */
  stages: readonly SubsidyStage[];
  /** The closing date (YYYY-MM-DD): the standards in force that day apply. */
  closedOn: string;
  /** From the quality review: 1000 full, 700 reduced, 0 none. */
  qualityFactorPermille: number;
  /** Extra codes claimed (`out_of_town_travel` …), each once. */
  extras?: readonly string[] | undefined;
}

export interface SubsidyLine {
  kind: 'stage' | 'extra';
  /** The stage or the extra's code. */
  code: string;
  nameZh: string;
  standardId: number;
  amountFen: number;
}

export interface CaseSubsidy {
  caseRef: string;
  handlerId: number;
  organizationId: number;
  lines: SubsidyLine[];
  /** The stages' standards added up. */
  stagesFen: number;
  qualityFactorPermille: number;
  /** stagesFen × factor, half up on the fen. */
  adjustedFen: number;
  extrasFen: number;
  totalFen: number;
  fundingRuleId: number;
  funding: Record<FundingSource, number>;
}

export interface SubsidyProblem {
  field: string;
  code: 'invalid' | 'duplicate' | 'no_standard' | 'no_funding_rule';
  message: string;
}

export type SubsidyOutcome = { ok: true; subsidy: CaseSubsidy } | { ok: false; problems: SubsidyProblem[] };

/** The subsidy of one closed case, or every reason it cannot be computed. */
function placeOf(rules: SubsidyRules, c: ClosedAidCase): Place {
  const category = c.matterCategory ?? '';
  const key = `${c.divisionCode}|${c.closedOn}|${c.matterKind}|${category}`;
  let place = rules.places.get(key);
  if (!place) {
    const dateOk = isCalendarDate(c.closedOn);
    place = {
      dateOk,
      funding: dateOk ? findFundingRule(rules, c.divisionCode, c.closedOn) : undefined,
      stages: new Map(),
      extras: new Map(),
    };
    if (rules.places.size >= maxPlaces) rules.places.clear();
    rules.places.set(key, place);
  }
  return place;
}

/** The subsidy of one closed case, or every reason it cannot be computed. */
export function subsidyFor(rules: SubsidyRules, c: ClosedAidCase): SubsidyOutcome {
  const problems: SubsidyProblem[] = [];
  const place = placeOf(rules, c);
  if (!place.dateOk) problems.push({ field: 'closedOn', code: 'invalid', message: 'not a YYYY-MM-DD date' });
  if (!Number.isSafeInteger(c.qualityFactorPermille) || c.qualityFactorPermille < 0 || c.qualityFactorPermille > 1000)
    problems.push({ field: 'qualityFactorPermille', code: 'invalid', message: 'a whole per-mille from 0 to 1000' });
  const stages = stageSets[c.matterKind];
  if (!stages) problems.push({ field: 'matterKind', code: 'invalid', message: `no matter kind ${c.matterKind}` });
  if (c.stages.length === 0) problems.push({ field: 'stages', code: 'invalid', message: 'at least one stage' });
  if (problems.length > 0) return { ok: false, problems };

  const lines: SubsidyLine[] = [];
  let stagesFen = 0;
  for (let i = 0; i < c.stages.length; i++) {
    const stage = c.stages[i]!;
    if (!stages!.has(stage)) {
      problems.push({ field: `stages.${i}`, code: 'invalid', message: `${c.matterKind} has no stage ${stage}` });
      continue;
    }
    if (c.stages.indexOf(stage) < i) {
      problems.push({ field: `stages.${i}`, code: 'duplicate', message: `${stage} is listed twice` });
      continue;
    }
    let standard = place.stages.get(stage);
    if (standard === undefined) {
      standard =
        findStandard(rules, {
          divisionCode: c.divisionCode,
          matterKind: c.matterKind,
          matterCategory: c.matterCategory,
          stage,
          on: c.closedOn,
        }) ?? null;
      place.stages.set(stage, standard);
    }
    if (!standard) {
      problems.push({
        field: `stages.${i}`,
        code: 'no_standard',
        message: `no subsidy standard for ${c.matterKind} ${stage} in ${c.divisionCode} on ${c.closedOn}`,
      });
      continue;
    }
    stagesFen += standard.amountFen;
    lines.push({
      kind: 'stage',
      code: stage,
      nameZh: subsidyStageNamesZh[stage],
      standardId: standard.id,
      amountFen: standard.amountFen,
    });
  }
  let extrasFen = 0;
  const extras = c.extras ?? [];
  for (let i = 0; i < extras.length; i++) {
    const code = extras[i]!;
    if (extras.indexOf(code) < i) {
      problems.push({ field: `extras.${i}`, code: 'duplicate', message: `${code} is listed twice` });
      continue;
    }
    let extra = place.extras.get(code);
    if (extra === undefined) {
      extra = findExtraStandard(rules, c.divisionCode, code, c.closedOn) ?? null;
      place.extras.set(code, extra);
    }
    if (!extra) {
      problems.push({
        field: `extras.${i}`,
        code: 'no_standard',
        message: `no extra ${code} in ${c.divisionCode} on ${c.closedOn}`,
      });
      continue;
    }
    extrasFen += extra.amountFen;
    lines.push({ kind: 'extra', code, nameZh: extra.nameZh, standardId: extra.id, amountFen: extra.amountFen });
  }
  const fundingRule = place.funding;
  if (!fundingRule)
    problems.push({
      field: 'divisionCode',
      code: 'no_funding_rule',
      message: `no funding rule for ${c.divisionCode} on ${c.closedOn}`,
    });
  if (problems.length > 0 || !fundingRule) return { ok: false, problems };

  const adjustedFen = applyPermille(stagesFen, c.qualityFactorPermille);
  const totalFen = adjustedFen + extrasFen;
  return {
    ok: true,
    subsidy: {
      caseRef: c.caseRef,
      handlerId: c.handlerId,
      organizationId: c.organizationId,
      lines,
      stagesFen,
      qualityFactorPermille: c.qualityFactorPermille,
      adjustedFen,
      extrasFen,
      totalFen,
      fundingRuleId: fundingRule.id,
      funding: splitByShares(totalFen, fundingRule.sharesPermille),
    },
  };
}

export interface SubsidyTotal {
  id: number;
  cases: number;
  totalFen: number;
}

export interface SubsidyBatch {
  /** The cases paid, in input order. */
  cases: CaseSubsidy[];
  /** The cases that cannot be paid as they stand, with every reason. */
  rejected: { caseRef: string; problems: SubsidyProblem[] }[];
  /** By handler id, ascending. */
  byHandler: SubsidyTotal[];
  /** By organisation id, ascending. */
  byOrganization: SubsidyTotal[];
  byFundingSource: Record<FundingSource, number>;
  totalFen: number;
}

function add(totals: Map<number, SubsidyTotal>, id: number, amountFen: number): void {
  const entry = totals.get(id);
  if (entry) {
    entry.cases += 1;
    entry.totalFen += amountFen;
  } else totals.set(id, { id, cases: 1, totalFen: amountFen });
}

/** A payment batch (e.g. a month's closed cases): each case's subsidy and the totals per handler, organisation and funding source. */
export function subsidyBatch(rules: SubsidyRules, closed: readonly ClosedAidCase[]): SubsidyBatch {
  const cases: CaseSubsidy[] = [];
  const rejected: SubsidyBatch['rejected'] = [];
  const byHandler = new Map<number, SubsidyTotal>();
  const byOrganization = new Map<number, SubsidyTotal>();
  const byFundingSource = { central: 0, provincial: 0, municipal: 0, county: 0 };
  let totalFen = 0;
  for (const c of closed) {
    const outcome = subsidyFor(rules, c);
    if (!outcome.ok) {
      rejected.push({ caseRef: c.caseRef, problems: outcome.problems });
      continue;
    }
    const s = outcome.subsidy;
    cases.push(s);
    totalFen += s.totalFen;
    add(byHandler, s.handlerId, s.totalFen);
    add(byOrganization, s.organizationId, s.totalFen);
    for (const source of fundingSources) byFundingSource[source] += s.funding[source];
  }
  const sorted = (m: Map<number, SubsidyTotal>) => [...m.values()].sort((a, b) => a.id - b.id);
  return {
    cases,
    rejected,
    byHandler: sorted(byHandler),
    byOrganization: sorted(byOrganization),
    byFundingSource,
    totalFen,
  };
}
