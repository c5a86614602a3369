import { type Kysely, sql } from 'kysely';
import {
  type OrganizationKind,
  organizationKinds,
  type ProfessionalKind,
  professionalKinds,
} from '../../shared/domain/organization';
import type { Database } from '../db/schema';
import type { FieldCipher } from '../security/field-cipher';
import { hashPassword } from '../security/password';
import { planDemo } from './demo.planner';
import { insertAccounts, insertOrganizations, insertProfessionals } from './demo.writer';
import { DEMO_PASSWORD, type DemoAccountSummary } from './demo-account.fixtures';
import { readCity } from './demo-city.reader';
import { seedDemoKnowledge } from './knowledge.demo';
import { seedDemoLegalAidPool } from './legal-aid-pool.demo';

/**
 * The demo data set: Jining's public legal services network, sized on the bureau's own
 * figures (seed document 002, 2024): 156 judicial offices, 115 law firms with 2,336 lawyers,
 * 12 notary offices with 51 notaries, 136 grassroots legal service offices with 650 workers,
 * 14 appraisal institutions with 218 appraisers, 18,024 mediators, 62 people's supervisors,
 * 971 village legal advisors. Names, phones and licence numbers are invented, from a
 * seeded generator, so every run produces the same rows (and, on a fresh database, the same ids).
 *
 * This module is the seed's entry point: it runs once per database, under a lock, and records
 * that it did. The work is in the modules beside it: demo-city.reader reads the divisions,
 * demo.planner plans every row (demo-organization.planner, demo-professional.planner) and
 * demo.writer inserts them; demo-account.fixtures and demo-city.figures hold the fixed data.
 */

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo-account.fixtures';
export { DEMO_CITY_CODE } from './demo-city.figures';
export { DemoSeedError } from './demo-seed.error';

const settingKey = 'demo.seeded';
// Any constant works; it keeps two processes starting at once from seeding twice.
const advisoryLockKey = 0x0537_5eed;

export interface DemoSummary {
  organizations: Record<OrganizationKind, number>;
  professionals: Record<ProfessionalKind, number>;
  accounts: DemoAccountSummary[];
  /** True when the demo data was already there and nothing was written. */
  isAlreadySeeded: boolean;
}

export async function seedDemo(
  db: Kysely<Database>,
  cipher: FieldCipher,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<DemoSummary> {
  const summary = await seedDemoNetwork(db, cipher, onProgress);
  // After the network, with its own marker: a database seeded before the knowledge base existed gets it too.
  await seedDemoKnowledge(db, onProgress);
  // Chosen from the seeded professionals, with a marker of its own too.
  await seedDemoLegalAidPool(db);
  return summary;
}

async function seedDemoNetwork(
  db: Kysely<Database>,
  cipher: FieldCipher,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<DemoSummary> {
  // The usual case at start-up: seeded long ago. Checked again under the lock below.
  const seeded = await readSeededSummary(db);
  if (seeded) return seeded;
  // Hashed before the transaction: argon2 takes tens of milliseconds, and every account shares it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${advisoryLockKey})`.execute(trx);
    const existing = await readSeededSummary(trx);
    if (existing) return existing;

    const city = await readCity(trx);
    const plan = planDemo(city);

    await insertOrganizations(trx, plan.organizations, (done, total) => onProgress?.('组织机构', done, total));
    await insertProfessionals(trx, plan.professionals, cipher, (done, total) =>
      onProgress?.('法律服务人员', done, total),
    );
    const accounts = await insertAccounts(trx, plan, passwordHash, (done, total) => onProgress?.('账号', done, total));

    const summary: Omit<DemoSummary, 'isAlreadySeeded'> = {
      organizations: countBy(organizationKinds, plan.organizations),
      professionals: countBy(professionalKinds, plan.professionals),
      accounts,
    };
    await trx
      .insertInto('appSetting')
      .values({ key: settingKey, value: JSON.stringify(summary) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return { ...summary, isAlreadySeeded: false };
  });
}

async function readSeededSummary(db: Kysely<Database>): Promise<DemoSummary | undefined> {
  // As text: the CamelCasePlugin would rename the keys inside a jsonb value (pls_room → plsRoom).
  const row = await db
    .selectFrom('appSetting')
    .select(sql<string>`value::text`.as('value'))
    .where('key', '=', settingKey)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...(JSON.parse(row.value) as Omit<DemoSummary, 'isAlreadySeeded'>), isAlreadySeeded: true };
}

function countBy<K extends string>(kinds: readonly K[], rows: ReadonlyArray<{ kind: K }>): Record<K, number> {
  const counts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
