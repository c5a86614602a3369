import type { Kysely } from 'kysely';
import { shanghaiDateOf } from '../../../shared/domain/calendar';
import {
  checkEligibility as checkRules,
  describeEligibilityRules,
  divisionCodeProblem,
  type EligibilityFactProblem,
  type EligibilityFacts,
  type EligibilityResult,
  validateEligibilityFacts,
} from '../../../shared/domain/legal-aid.eligibility';
import {
  compileEligibilityRules,
  type EligibilityRuleData,
  type EligibilityRules,
  isCoveredByRules,
} from '../../../shared/domain/legal-aid.rules';
import type { LegalAidRulesView } from '../../../shared/schemas/legal-aid-eligibility.schema';
import { referenceCache } from '../../db/reference-cache';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { AppError } from '../../http/app-error';
import { findDivision } from '../division/division.service';
import * as repo from './legal-aid-rule.repository';

/** The rule data as the tables hold it, shaped for the pure rules. */
export async function readRuleData(db: Kysely<Database>): Promise<EligibilityRuleData> {
  const [versions, matters, exemptions, dibao] = await Promise.all([
    repo.listRuleVersions(db),
    repo.listSupplementaryMatters(db),
    repo.listExemptions(db),
    repo.listDibao(db),
  ]);
  const mattersOf = new Map<number, typeof matters>();
  for (const m of matters) {
    const list = mattersOf.get(m.ruleVersionId);
    if (list) list.push(m);
    else mattersOf.set(m.ruleVersionId, [m]);
  }
  return {
    versions: versions.map((v) => ({
      id: v.id,
      regionPrefix: v.regionPrefix,
      effectiveFrom: v.effectiveFrom,
      multiplierPermille: v.multiplierPermille,
      assetCapFen: v.assetCapFen,
      supplementaryMatters: (mattersOf.get(v.id) ?? []).map(({ code, nameZh, kind, basis, isReviewOnly }) => ({
        code,
        nameZh,
        kind,
        basis,
        isReviewOnly,
      })),
    })),
    dibao: dibao.map(({ divisionCode, effectiveFrom, monthlyFen, isIllustrative }) => ({
      divisionCode,
      effectiveFrom,
      monthlyFen,
      isIllustrative,
    })),
    exemptions,
  };
}

// Every pre-check and (later) every application reads the rules: a few dozen rows, compiled into
// lookups once, held per database for a minute and dropped on every change made here. Another
// process sees an administrator's change within that minute; a version dated today or later is
// applied from its date by the check itself, whatever the cache's age.
const rulesCache = referenceCache(async (db) => compileEligibilityRules(await readRuleData(db)));

/** The compiled rules (cached). Pass the application's deps.db, never a transaction. */
export function loadEligibilityRules(db: Kysely<Database>): Promise<EligibilityRules> {
  return rulesCache.get(db);
}

/** After a committed change to the rule data, so this process applies it at once. */
export function invalidateEligibilityRules(db: Kysely<Database>): void {
  rulesCache.invalidate(db);
}

function refuse(problems: readonly EligibilityFactProblem[], fieldPrefix: string): AppError {
  const errors = problems.map((p) => ({ field: `${fieldPrefix}${p.field}`, message: p.message, code: p.code }));
  return new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** A division the rules cover must also exist: 370811999999 has the right prefix and names nothing. */
async function unknownDivision(deps: AppDeps, rules: EligibilityRules, divisionCode: string) {
  if (!isCoveredByRules(rules, divisionCode)) return undefined; // the rules already said out_of_area
  if (await findDivision(deps.db, divisionCode)) return undefined;
  return { field: 'divisionCode', message: 'no division has this code', code: 'unknown_division' };
}

/**
 * The means test for an application's facts under the rule in force for its division on the
 * day of `at` (Asia/Shanghai; default now). Facts the rules cannot take — a division outside the
 * area the rules cover or not existing, an unknown matter or exemption, a household of none —
 * are a 400 naming each field under `fieldPrefix` (the caller's path to the facts).
 */
export async function checkEligibility(
  deps: AppDeps,
  facts: EligibilityFacts,
  at?: Date,
  fieldPrefix = 'body.',
): Promise<EligibilityResult> {
  const rules = await loadEligibilityRules(deps.db);
  const date = shanghaiDateOf(at ?? deps.clock());
  const problems = validateEligibilityFacts(rules, facts, date);
  const missing = await unknownDivision(deps, rules, facts.divisionCode);
  if (missing) problems.unshift(missing);
  if (problems.length > 0) throw refuse(problems, fieldPrefix);
  return checkRules(rules, facts, date);
}

/**
 * What the pre-check accepts for a division today: the matter categories (in scope or not),
 * the active exemptions, the appointment grounds, and the threshold in force.
 */
export async function describeRules(
  deps: AppDeps,
  divisionCode: string,
  at?: Date,
  field = 'query.divisionCode',
): Promise<LegalAidRulesView> {
  const rules = await loadEligibilityRules(deps.db);
  const date = shanghaiDateOf(at ?? deps.clock());
  const view = describeEligibilityRules(rules, divisionCode, date);
  if (!view) {
    const problem = divisionCodeProblem(rules, divisionCode, date);
    throw refuse(problem ? [{ ...problem, field: '' }] : [], field);
  }
  const missing = await unknownDivision(deps, rules, divisionCode);
  if (missing) throw refuse([{ ...missing, field: '' }], field);
  return {
    divisionCode,
    ...view,
    matterCategories: [...view.matterCategories],
    exemptions: view.exemptions.map((e) => ({
      ...e,
      matterCategories: e.matterCategories ? [...e.matterCategories] : null,
    })),
    appointmentGrounds: [...view.appointmentGrounds],
  };
}
