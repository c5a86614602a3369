import { shanghaiDateOf } from '../../../shared/domain/calendar';
import { divisionLevelOf } from '../../../shared/domain/division';
import { builtInMatterCodes } from '../../../shared/domain/legal-aid.catalogue';
import { compileEligibilityRules, isDibaoInForce, ruleVersionStatus } from '../../../shared/domain/legal-aid.rules';
import type {
  CreateExemption,
  CreateRuleVersion,
  DibaoView,
  ExemptionAdminView,
  RuleVersionView,
  SetDibao,
  UpdateExemption,
} from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { findDivision } from '../division/division.service';
import { invalidateEligibilityRules, loadEligibilityRules, readRuleData } from './legal-aid-eligibility.service';
import * as repo from './legal-aid-rule.repository';

// Administration of the means-test rule data (legal_aid.rules.manage). Reads are fresh (the
// rules page edits from them); every change is audited and drops the cached rules.

const today = (deps: AppDeps) => shanghaiDateOf(deps.clock());

/**
 * A region or dibao division must be a city or county that exists, inside the administrator's
 * scope: a county's administrator sets the county's rules, not the city's or a neighbour's.
 */
async function checkRegion(deps: AppDeps, actor: Actor, code: string, field: string) {
  const level = divisionLevelOf(code);
  if (level !== 'city' && level !== 'county') throw fieldError(field, 'must be a city or a county', 'not_a_region');
  if (!(await findDivision(deps.db, code))) throw fieldError(field, 'no division has this code', 'unknown_division');
  if (!code.startsWith(actor.scopePrefix)) throw fieldError(field, 'outside your data scope', 'out_of_scope');
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === '23505' &&
    (error as { constraint?: unknown }).constraint === constraint
  );
}

const conflict = (field: string, detail: string) =>
  new AppError('conflict', `${field}: ${detail}`, [{ field, message: detail, code: 'taken' }]);

// ---------------------------------------------------------------------------------------------
// Rule versions: created, never edited (a change is a new version from its date).

export async function listRuleVersions(deps: AppDeps): Promise<RuleVersionView[]> {
  const [rows, data] = await Promise.all([repo.listRuleVersions(deps.db), readRuleData(deps.db)]);
  const rules = compileEligibilityRules(data);
  const date = today(deps);
  const mattersOf = new Map(data.versions.map((v) => [v.id, v.supplementaryMatters]));
  return rows.map((row) => ({
    id: row.id,
    regionPrefix: row.regionPrefix,
    regionName: row.regionName,
    effectiveFrom: row.effectiveFrom,
    multiplierPermille: row.multiplierPermille,
    assetCapFen: row.assetCapFen,
    note: row.note,
    supplementaryMatters: [...(mattersOf.get(row.id) ?? [])],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    status: ruleVersionStatus(rules, row, date),
  }));
}

/**
 * A new version for a city or county from a date, past or future: the check applies it from
 * that day (Asia/Shanghai). It carries the region's whole supplementary list; a second version
 * of one region on one day is a 409 naming effectiveFrom.
 */
export async function createRuleVersion(
  deps: AppDeps,
  actor: Actor,
  input: CreateRuleVersion,
  ip: string,
): Promise<RuleVersionView> {
  const regionCode = input.regionPrefix.padEnd(12, '0');
  await checkRegion(deps, actor, regionCode, 'body.regionPrefix');
  const codes = new Set<string>();
  const names = new Set<string>();
  input.supplementaryMatters.forEach((m, i) => {
    const field = `body.supplementaryMatters.${i}`;
    if (builtInMatterCodes.has(m.code))
      throw fieldError(`${field}.code`, `${m.code} is a statutory or general matter category already`, 'reserved');
    if (codes.has(m.code)) throw fieldError(`${field}.code`, `${m.code} is listed twice`, 'duplicate');
    if (names.has(m.nameZh)) throw fieldError(`${field}.nameZh`, `${m.nameZh} is listed twice`, 'duplicate');
    codes.add(m.code);
    names.add(m.nameZh);
  });
  const id = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertRuleVersion(trx, { ...input, createdBy: actor.userId }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'legal_aid_rule_version_region_date_key'))
        throw conflict(
          'body.effectiveFrom',
          `${input.regionPrefix} already has a rule version from ${input.effectiveFrom}`,
        );
      throw error;
    });
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'legal_aid.create_rule_version',
      entityType: 'legal_aid_rule_version',
      entityId: String(created),
      divisionCode: regionCode,
      detail: input,
      ip,
    });
    return created;
  });
  invalidateEligibilityRules(deps.db);
  const created = (await listRuleVersions(deps)).find((v) => v.id === id);
  if (!created) throw notFound('rule version');
  return created;
}

// ---------------------------------------------------------------------------------------------
// Dibao per city or county, from a date.

export async function listDibao(deps: AppDeps): Promise<DibaoView[]> {
  const [rows, rules] = await Promise.all([repo.listDibao(deps.db), readRuleData(deps.db)]);
  const compiled = compileEligibilityRules(rules);
  const date = today(deps);
  return rows.map((row) => ({
    divisionCode: row.divisionCode,
    divisionName: row.divisionName,
    effectiveFrom: row.effectiveFrom,
    monthlyFen: row.monthlyFen,
    isIllustrative: row.isIllustrative,
    isInForce: isDibaoInForce(compiled, row, date),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

/** Sets a division's dibao from a date (the same date again replaces that amount), audited with what it replaced. */
export async function setDibao(
  deps: AppDeps,
  actor: Actor,
  divisionCode: string,
  input: SetDibao,
  ip: string,
): Promise<DibaoView> {
  await checkRegion(deps, actor, divisionCode, 'path.code');
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findDibao(trx, divisionCode, input.effectiveFrom);
    const saved = await repo.upsertDibao(trx, { divisionCode, ...input, updatedBy: actor.userId });
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'legal_aid.set_dibao',
      entityType: 'legal_aid_dibao',
      entityId: `${divisionCode}@${input.effectiveFrom}`,
      divisionCode,
      detail: { before: before ?? null, changes: input },
      ip,
    });
    return saved;
  });
  invalidateEligibilityRules(deps.db);
  const rules = await loadEligibilityRules(deps.db);
  const division = await findDivision(deps.db, divisionCode);
  return {
    divisionCode: row.divisionCode,
    divisionName: division?.name ?? null,
    effectiveFrom: row.effectiveFrom,
    monthlyFen: row.monthlyFen,
    isIllustrative: row.isIllustrative,
    isInForce: isDibaoInForce(rules, row, today(deps)),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// ---------------------------------------------------------------------------------------------
// The means-test exemption list: added, renamed, retired, restored; never deleted.

type ExemptionRow = Awaited<ReturnType<typeof repo.listExemptions>>[number];
const toExemptionView = (row: ExemptionRow): ExemptionAdminView => ({ ...row });

export async function listExemptions(deps: AppDeps): Promise<ExemptionAdminView[]> {
  return (await repo.listExemptions(deps.db)).map(toExemptionView);
}

/** Matter codes an exemption may be limited to: the built-in ones and any region's supplementary ones. */
async function checkMatterCategories(deps: AppDeps, codes: readonly string[] | null | undefined) {
  if (!codes) return;
  const known = new Set(builtInMatterCodes);
  for (const m of await repo.listSupplementaryMatters(deps.db)) known.add(m.code);
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const field = `body.matterCategories.${i}`;
    if (!known.has(code)) throw fieldError(field, `no matter category ${code}`, 'unknown_matter_category');
    if (seen.has(code)) throw fieldError(field, `${code} is listed twice`, 'duplicate');
    seen.add(code);
  });
}

function duplicateExemption(error: unknown, input: { code?: string; nameZh?: string | undefined }) {
  if (isUniqueViolation(error, 'legal_aid_exemption_pkey'))
    return conflict('body.code', `another exemption already has the code ${input.code}`);
  if (isUniqueViolation(error, 'legal_aid_exemption_name_zh_key'))
    return conflict('body.nameZh', `another exemption already has the name ${input.nameZh}`);
  return undefined;
}

const exemptionAudit = (actor: Actor, code: string, ip: string) => ({
  actorId: actor.userId,
  entityType: 'legal_aid_exemption',
  entityId: code,
  // The list serves every region: its entries have no place.
  divisionCode: null,
  ip,
});

export async function createExemption(
  deps: AppDeps,
  actor: Actor,
  input: CreateExemption,
  ip: string,
): Promise<ExemptionAdminView> {
  await checkMatterCategories(deps, input.matterCategories);
  const row = await deps.db.transaction().execute(async (trx) => {
    const { code, nameZh, basis, matterCategories, extendsScope, sortOrder, isActive } = input;
    const values = { code, nameZh, basis, matterCategories, extendsScope, sortOrder, isActive };
    const created = await repo.insertExemption(trx, values).catch((error: unknown) => {
      throw duplicateExemption(error, input) ?? error;
    });
    await recordAudit(trx, {
      ...exemptionAudit(actor, created.code, ip),
      action: 'legal_aid.create_exemption',
      detail: created,
    });
    return created;
  });
  invalidateEligibilityRules(deps.db);
  return toExemptionView(row);
}

/** Renames, re-cites, limits, reorders, retires or restores an exemption; the code never changes. */
export async function updateExemption(
  deps: AppDeps,
  actor: Actor,
  code: string,
  input: UpdateExemption,
  ip: string,
): Promise<ExemptionAdminView> {
  await checkMatterCategories(deps, input.matterCategories);
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findExemption(trx, code);
    if (!before) throw notFound('exemption');
    const updated = await repo.updateExemption(trx, code, input).catch((error: unknown) => {
      throw duplicateExemption(error, { code, nameZh: input.nameZh }) ?? error;
    });
    if (!updated) throw notFound('exemption');
    // Retiring and restoring are what an auditor looks for; other edits are updates.
    const action =
      before.isActive && !updated.isActive
        ? 'legal_aid.retire_exemption'
        : !before.isActive && updated.isActive
          ? 'legal_aid.restore_exemption'
          : 'legal_aid.update_exemption';
    await recordAudit(trx, { ...exemptionAudit(actor, code, ip), action, detail: { before, changes: input } });
    return updated;
  });
  invalidateEligibilityRules(deps.db);
  return toExemptionView(row);
}
