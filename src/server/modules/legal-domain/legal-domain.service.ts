import type {
  CreateLegalDomain,
  LegalDomainView,
  ListLegalDomainsQuery,
  UpdateLegalDomain,
} from '../../../shared/schemas/legal-domain.schema';
import { referenceCache } from '../../db/reference-cache';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, fieldError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import * as repo from './legal-domain.repository';

interface Taxonomy {
  /** Every domain, retired ones too, in list order. */
  all: readonly LegalDomainView[];
  active: readonly LegalDomainView[];
  byCode: ReadonlyMap<string, LegalDomainView>;
}

// Every article write, filtered search and rule change asks whether a code is an active domain:
// a few dozen rows, held per database and dropped on every change made here.
const taxonomyCache = referenceCache(async (db): Promise<Taxonomy> => {
  const all = await repo.listDomains(db, false);
  return { all, active: all.filter((d) => d.isActive), byCode: new Map(all.map((d) => [d.code, d])) };
});

/**
 * Resolves when `code` is absent or an active legal domain; otherwise a 400 naming `field`
 * (e.g. `body.legalDomain`) with code `unknown_legal_domain`. A retired domain is refused like an
 * unknown one: what already carries it keeps it, nothing new takes it.
 * Pass the application's deps (not a transaction's): the answer comes from the cache.
 */
export async function checkLegalDomain(deps: AppDeps, code: string | null | undefined, field: string): Promise<void> {
  if (code === null || code === undefined) return;
  let domain = (await taxonomyCache.get(deps.db)).byCode.get(code);
  if (!domain) {
    // Another process may have added it since this one loaded the list: look once more.
    taxonomyCache.invalidate(deps.db);
    domain = (await taxonomyCache.get(deps.db)).byCode.get(code);
  }
  if (!domain) throw fieldError(field, `no legal domain has the code ${code}`, 'unknown_legal_domain');
  if (!domain.isActive) {
    throw fieldError(field, `the legal domain ${code} (${domain.nameZh}) is retired`, 'unknown_legal_domain');
  }
}

/** The active domains in list order: every form's choices, staff and public alike. */
export async function listActiveLegalDomains(deps: AppDeps): Promise<readonly LegalDomainView[]> {
  return (await taxonomyCache.get(deps.db)).active;
}

/**
 * Staff: the active domains, or with includeRetired the retired ones too — every staff member,
 * so an old order's retired domain still shows its name (names are not confidential).
 */
export async function listLegalDomains(
  deps: AppDeps,
  query: ListLegalDomainsQuery,
): Promise<readonly LegalDomainView[]> {
  if (query.includeRetired !== 'true') return listActiveLegalDomains(deps);
  return repo.listDomains(deps.db, false); // read fresh: the administration page edits from it
}

// The table's unique constraints are the one judge of a duplicate, so two administrators adding
// the same domain at once get the same answer as one adding an existing domain.
const duplicateFields: Record<string, { field: string; what: string }> = {
  legal_domain_pkey: { field: 'body.code', what: 'code' },
  legal_domain_name_zh_key: { field: 'body.nameZh', what: 'Chinese name' },
};

function duplicateOf(error: unknown, input: { code?: string; nameZh?: string | undefined }): AppError | undefined {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== '23505') return undefined;
  const duplicate = duplicateFields[String((error as { constraint?: unknown }).constraint)];
  if (!duplicate) return undefined;
  const value = duplicate.field === 'body.code' ? input.code : input.nameZh;
  return new AppError(
    'conflict',
    `${duplicate.field}: another legal domain already has the ${duplicate.what} ${value}`,
    [{ field: duplicate.field, message: 'already taken', code: 'taken' }],
  );
}

const auditOf = (actor: Actor, code: string, ip: string) => ({
  actorId: actor.userId,
  entityType: 'legal_domain',
  entityId: code,
  // The taxonomy serves the whole installation: its entries have no place.
  divisionCode: null,
  ip,
});

export async function createLegalDomain(
  deps: AppDeps,
  actor: Actor,
  input: CreateLegalDomain,
  ip: string,
): Promise<LegalDomainView> {
  const row = await deps.db.transaction().execute(async (trx) => {
    const { code, nameZh, nameEn, sortOrder, isActive } = input;
    const created = await repo
      .insertDomain(trx, { code, nameZh, nameEn, sortOrder, isActive })
      .catch((error: unknown) => {
        throw duplicateOf(error, input) ?? error;
      });
    await recordAudit(trx, { ...auditOf(actor, created.code, ip), action: 'legal_domain.create', detail: created });
    return created;
  });
  taxonomyCache.invalidate(deps.db);
  return row;
}

/** Renames, reorders, retires or restores a domain; the code never changes. */
export async function updateLegalDomain(
  deps: AppDeps,
  actor: Actor,
  code: string,
  input: UpdateLegalDomain,
  ip: string,
): Promise<LegalDomainView> {
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findDomain(trx, code);
    if (!before) throw notFound('legal domain');
    const updated = await repo.updateDomain(trx, code, input).catch((error: unknown) => {
      throw duplicateOf(error, { code, nameZh: input.nameZh }) ?? error;
    });
    if (!updated) throw notFound('legal domain');
    // Retiring and restoring are what an auditor looks for; renames and reordering are updates.
    const action =
      before.isActive && !updated.isActive
        ? 'legal_domain.retire'
        : !before.isActive && updated.isActive
          ? 'legal_domain.restore'
          : 'legal_domain.update';
    await recordAudit(trx, { ...auditOf(actor, code, ip), action, detail: { before, changes: input } });
    return updated;
  });
  taxonomyCache.invalidate(deps.db);
  return row;
}
