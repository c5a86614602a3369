import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { FieldCipher } from '../security/field-cipher';
import type { DemoPlan } from './demo.planner';
import { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountSummary } from './demo-account.fixtures';
import type { OrgPlan } from './demo-organization.planner';
import type { ProPlan } from './demo-professional.planner';
import { DemoSeedError } from './demo-seed.error';

/**
 * Writes a demo plan inside the seed's transaction: organisations, then professionals,
 * then accounts, each table in batches, the ids of one feeding the foreign keys of the next.
 */

// Rows per INSERT: at eight columns, far below PostgreSQL's 65,535 parameters a statement,
// and each batch is one step of the start-up progress bar.
const batchSize = 1000;

export async function insertOrganizations(
  trx: Transaction<Database>,
  organizations: OrgPlan[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  // Parents first: each depth is inserted once the ids of the depth above are known.
  const maxDepth = Math.max(...organizations.map((o) => o.depth));
  let done = 0;
  progress(0, organizations.length);
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const level = organizations.filter((o) => o.depth === depth);
    for (let start = 0; start < level.length; start += batchSize) {
      const batch = level.slice(start, start + batchSize);
      const rows = await trx
        .insertInto('organization')
        .values(
          batch.map((o) => ({
            kind: o.kind,
            name: o.name,
            divisionCode: o.divisionCode,
            parentId: o.parent ? o.parent.id! : null,
            address: o.address,
            servicePhone: o.servicePhone,
            isDemo: true,
          })),
        )
        .returning(['id', 'name', 'divisionCode'])
        .execute();
      assignIds(batch, rows, 'organization');
      done += batch.length;
      progress(done, organizations.length);
    }
  }
}

export async function insertProfessionals(
  trx: Transaction<Database>,
  professionals: ProPlan[],
  cipher: FieldCipher,
  progress: (done: number, total: number) => void,
): Promise<void> {
  progress(0, professionals.length);
  for (let start = 0; start < professionals.length; start += batchSize) {
    const batch = professionals.slice(start, start + batchSize);
    const rows = await trx
      .insertInto('professional')
      .values(
        batch.map((p) => ({
          kind: p.kind,
          name: p.name,
          organizationId: p.organization ? p.organization.id! : null,
          divisionCode: p.divisionCode,
          licenceNo: p.licenceNo,
          // Personal numbers exist only encrypted, with the keyed hash for lookup.
          phoneCipher: cipher.encrypt(p.phone),
          phoneHash: cipher.lookupHash(p.phone),
          isDemo: true,
        })),
      )
      .returning(['id', 'name', 'divisionCode'])
      .execute();
    assignIds(batch, rows, 'professional');
    progress(start + batch.length, professionals.length);
  }
}

/** RETURNING lists rows in VALUES order; checked, because the ids wire up every later row. */
function assignIds(
  batch: Array<{ name: string; divisionCode: string; id?: number }>,
  rows: Array<{ id: number; name: string; divisionCode: string }>,
  table: string,
): void {
  if (rows.length !== batch.length)
    throw new DemoSeedError(`${table}: ${rows.length} rows returned for ${batch.length}`);
  rows.forEach((row, i) => {
    const plan = batch[i]!;
    if (plan.name !== row.name || plan.divisionCode !== row.divisionCode) {
      throw new DemoSeedError(`${table}: RETURNING order differs from VALUES order at ${plan.name}`);
    }
    plan.id = row.id;
  });
}

export async function insertAccounts(
  trx: Transaction<Database>,
  plan: DemoPlan,
  passwordHash: string,
  progress: (done: number, total: number) => void,
): Promise<DemoAccountSummary[]> {
  progress(0, DEMO_ACCOUNTS.length);
  const organizationOf = (account: DemoAccount): OrgPlan | null => {
    const professional = plan.accountProfessionals.get(account.username);
    if (professional) return professional.organization;
    switch (account.role) {
      case 'hotline_agent':
      case 'dispatcher':
        return plan.cityCentre; // the 12348 hotline and city-wide dispatch sit in the city centre
      case 'window_clerk':
        return plan.countyCentres.get(account.scope) ?? plan.cityCentre;
      case 'admin':
        return plan.countyBureaus.get(account.scope) ?? plan.cityBureau;
      default:
        return plan.cityBureau;
    }
  };
  const rows = DEMO_ACCOUNTS.map((account) => ({
    username: account.username,
    displayName: account.displayName,
    passwordHash,
    roles: [account.role],
    scopeDivisionCode: account.scope,
    organizationId: organizationOf(account)?.id ?? null,
    professionalId: plan.accountProfessionals.get(account.username)?.id ?? null,
    isDemo: true,
  }));
  // A username someone already took by hand is left alone rather than failing the seed.
  const created = await trx
    .insertInto('appUser')
    .values(rows)
    .onConflict((oc) => oc.expression(sql`lower(username)`).doNothing())
    .returning('username')
    .execute();
  progress(DEMO_ACCOUNTS.length, DEMO_ACCOUNTS.length);
  const createdNames = new Set(created.map((r) => r.username));
  return DEMO_ACCOUNTS.filter((a) => createdNames.has(a.username)).map(({ username, role, scope }) => ({
    username,
    role,
    scope,
  }));
}
