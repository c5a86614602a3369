import type { Kysely } from 'kysely';
import { scopePrefix } from '../../../shared/domain/division';
import { maskPhone } from '../../../shared/domain/mask';
import type { OrganizationKind, ProfessionalKind } from '../../../shared/domain/organization';
import type {
  ListOrganizationsQuery,
  ListProfessionalsQuery,
  Organization,
  Professional,
  ScopeSummary,
} from '../../../shared/schemas/organization.schema';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { notFound } from '../../http/app-error';
import { decodeIdCursor, toPage } from '../../http/pagination';
import { countAccountsInScope } from '../account/account.service';
import { countDivisionsInScope } from '../division/division.service';
import * as repo from './organization.repository';

export const findOrganizationInScope = (db: Kysely<Database>, id: number, prefix: string) =>
  repo.getOrganization(db, id, prefix);

export async function listOrganizations(deps: AppDeps, actor: Actor, query: ListOrganizationsQuery) {
  const rows = await repo.listOrganizations(deps.db, {
    scopePrefix: actor.scopePrefix,
    divisionPrefix: query.divisionCode ? scopePrefix(query.divisionCode) : undefined,
    kind: query.kind,
    q: query.q,
    afterId: decodeIdCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r): Organization => ({ ...r, kind: r.kind as OrganizationKind })),
  };
}

/** One organisation; outside the caller's scope it does not exist (404, never 403). */
export async function getOrganization(deps: AppDeps, actor: Actor, id: number): Promise<Organization> {
  const row = await repo.getOrganization(deps.db, id, actor.scopePrefix);
  if (!row) throw notFound('organization');
  return { ...row, kind: row.kind as OrganizationKind };
}

export async function listProfessionals(deps: AppDeps, actor: Actor, query: ListProfessionalsQuery) {
  const rows = await repo.listProfessionals(deps.db, {
    scopePrefix: actor.scopePrefix,
    divisionPrefix: query.divisionCode ? scopePrefix(query.divisionCode) : undefined,
    kind: query.kind,
    organizationId: query.organizationId,
    q: query.q,
    afterId: decodeIdCursor(query.cursor),
    limit: query.limit,
  });
  const page = toPage(rows, query.limit);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(
      ({ phoneCipher, ...r }): Professional => ({
        ...r,
        kind: r.kind as ProfessionalKind,
        phoneMasked: phoneCipher ? maskPhone(deps.cipher.decrypt(phoneCipher)) : null,
      }),
    ),
  };
}

export async function summarizeScope(deps: AppDeps, actor: Actor): Promise<ScopeSummary> {
  const [divisions, organizations, professionals, accounts] = await Promise.all([
    countDivisionsInScope(deps.db, actor.scopeCode),
    repo.countOrganizationsByKind(deps.db, actor.scopePrefix),
    repo.countProfessionalsByKind(deps.db, actor.scopePrefix),
    countAccountsInScope(deps, actor),
  ]);
  return {
    scope: { code: actor.scopeCode, name: actor.scopeName },
    divisions,
    organizations: organizations.map((r) => ({ kind: r.kind as OrganizationKind, count: r.count })),
    professionals: professionals.map((r) => ({ kind: r.kind as ProfessionalKind, count: r.count })),
    accounts,
  };
}
