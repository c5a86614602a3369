import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../../tests/support/test-databases';
import { isWithinScope } from '../../shared/domain/division';
import { roles } from '../../shared/domain/role';
import type { DatabaseKind } from '../db/database';
import { createFieldCipher } from '../security/field-cipher';
import { verifyPassword } from '../security/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedError, type DemoSummary, seedDemo } from './demo.seed';
import { bundledDivisionsFile, loadDivisions } from './division.loader';

const cipher = createFieldCipher('demo-seed-test-secret-0123456789abcdef');

// Document 002's figures, and the network built on the 158 townships and 4,927 villages.
const expectedOrganizations = {
  justice_bureau: 13,
  pls_centre: 13,
  pls_station: 158,
  judicial_office: 156,
  pls_room: 4927,
  legal_aid_centre: 12,
  law_firm: 115,
  notary_office: 12,
  appraisal_institution: 14,
  grassroots_legal_service_office: 136,
  mediation_committee: 158 + 4927,
};
const expectedProfessionals = {
  lawyer: 2336,
  notary: 51,
  appraiser: 218,
  grassroots_legal_worker: 650,
  mediator: 18_024,
  people_supervisor: 62,
  village_legal_advisor: 971,
};
const organizationTotal = Object.values(expectedOrganizations).reduce((a, b) => a + b, 0);
const professionalTotal = Object.values(expectedProfessionals).reduce((a, b) => a + b, 0);

interface Sample {
  organizations: unknown[];
  professionals: unknown[];
  accounts: unknown[];
}

/** Every 97th organisation and 211th professional, and all accounts: enough to catch drift. */
async function sampleRows(handle: TestDatabase): Promise<Sample> {
  const organizations = await handle.db
    .selectFrom('organization')
    .select(['id', 'kind', 'name', 'divisionCode', 'parentId', 'address', 'servicePhone'])
    .where(sql<boolean>`id % 97 = 1`)
    .orderBy('id')
    .execute();
  const professionals = await handle.db
    .selectFrom('professional')
    .select(['id', 'kind', 'name', 'organizationId', 'divisionCode', 'licenceNo', 'phoneHash'])
    .where(sql<boolean>`id % 211 = 1`)
    .orderBy('id')
    .execute();
  const accounts = await handle.db
    .selectFrom('appUser')
    .select(['id', 'username', 'displayName', 'roles', 'scopeDivisionCode', 'organizationId', 'professionalId'])
    .orderBy('id')
    .execute();
  return { organizations, professionals, accounts };
}

async function countKinds(handle: TestDatabase, table: 'organization' | 'professional') {
  const rows = await handle.db
    .selectFrom(table)
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('kind')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

const samples = new Map<DatabaseKind, Sample>();
const timings: string[] = [];

for (const kind of testDatabaseKinds) {
  describe(`seedDemo on ${kind}`, () => {
    let first: TestDatabase;
    let summary: DemoSummary;
    const progress: Array<[string, number, number]> = [];

    before(async () => {
      first = await openTestDatabase(kind);
    });
    after(async () => {
      await first?.close();
    });

    test('refuses to run before the divisions are loaded, and writes nothing', async () => {
      await assert.rejects(seedDemo(first.db, cipher), DemoSeedError);
      for (const table of ['organization', 'professional', 'appUser', 'appSetting'] as const) {
        const row = await first.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(row.n, 0, table);
      }
    });

    test('seeds a database with the divisions loaded', async () => {
      await loadDivisions(first.db, bundledDivisionsFile);
      const started = performance.now();
      summary = await seedDemo(first.db, cipher, (step, done, total) => progress.push([step, done, total]));
      timings.push(`${kind}: seedDemo took ${Math.round(performance.now() - started)} ms`);
      samples.set(kind, await sampleRows(first));
    });

    test('the organisations and professionals match document 002, in the summary and in the tables', async () => {
      assert.deepEqual(summary.organizations, expectedOrganizations);
      assert.deepEqual(summary.professionals, expectedProfessionals);
      assert.equal(summary.isAlreadySeeded, false);
      assert.deepEqual(await countKinds(first, 'organization'), expectedOrganizations);
      assert.deepEqual(await countKinds(first, 'professional'), expectedProfessionals);
    });

    test("the aid pool of 任城区: the lawyer account's professional among six lawyers, three grassroots workers, one centre member, a duty lawyer every day", async () => {
      const members = await first.db
        .selectFrom('legalAidPoolMember as m')
        .innerJoin('professional as p', 'p.id', 'm.professionalId')
        .select(['m.professionalId', 'm.kind', 'm.divisionCode', 'm.isDemo', 'p.divisionCode as professionalDivision'])
        .orderBy('m.professionalId')
        .execute();
      const count = (kind: string) => members.filter((m) => m.kind === kind).length;
      assert.deepEqual([count('lawyer'), count('grassroots_legal_worker'), count('legal_aid_centre_staff')], [6, 3, 1]);
      assert.ok(members.every((m) => m.divisionCode === '370811000000' && m.isDemo));
      assert.ok(members.every((m) => m.professionalDivision.startsWith('370811')));
      const lawyer = await first.db
        .selectFrom('appUser')
        .select('professionalId')
        .where('username', '=', 'lawyer')
        .executeTakeFirstOrThrow();
      assert.ok(members.some((m) => m.professionalId === lawyer.professionalId && m.kind === 'lawyer'));
      const roster = await first.db
        .selectFrom('legalAidDutyRoster')
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('dutyDate').distinct().as('days')])
        .executeTakeFirstOrThrow();
      assert.deepEqual([Number(roster.n), Number(roster.days)], [730, 730]);
    });

    test('progress is reported per step, ending at each total', () => {
      const last = (step: string) => progress.filter(([s]) => s === step).at(-1);
      assert.deepEqual(last('组织机构'), ['组织机构', organizationTotal, organizationTotal]);
      assert.deepEqual(last('法律服务人员'), ['法律服务人员', professionalTotal, professionalTotal]);
      assert.deepEqual(last('账号'), ['账号', DEMO_ACCOUNTS.length, DEMO_ACCOUNTS.length]);
    });

    test('every row is marked as demo data', async () => {
      for (const table of ['organization', 'professional', 'appUser'] as const) {
        const row = await first.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('isDemo', '=', false)
          .executeTakeFirstOrThrow();
        assert.equal(row.n, 0, table);
      }
    });

    test('each level links to the one above it', async () => {
      const { rows } = await sql<{ kind: string; level: string; parentKind: string | null; n: number }>`
        select o.kind, d.level, p.kind as parent_kind, count(*)::int as n
        from organization o
        join division d on d.code = o.division_code
        left join organization p on p.id = o.parent_id
        where o.kind in ('pls_centre', 'pls_station', 'pls_room', 'judicial_office', 'mediation_committee')
        group by 1, 2, 3
        order by 1, 2, 3`.execute(first.db);
      assert.deepEqual(rows, [
        { kind: 'judicial_office', level: 'township', parentKind: 'justice_bureau', n: 156 },
        { kind: 'mediation_committee', level: 'township', parentKind: 'judicial_office', n: 156 },
        { kind: 'mediation_committee', level: 'township', parentKind: 'justice_bureau', n: 2 },
        { kind: 'mediation_committee', level: 'village', parentKind: 'mediation_committee', n: 4927 },
        { kind: 'pls_centre', level: 'city', parentKind: null, n: 1 },
        { kind: 'pls_centre', level: 'county', parentKind: 'pls_centre', n: 12 },
        { kind: 'pls_room', level: 'village', parentKind: 'pls_station', n: 4927 },
        { kind: 'pls_station', level: 'township', parentKind: 'pls_centre', n: 158 },
      ]);
      // A child always lies inside its parent's division.
      const { rows: outside } = await sql<{ n: number }>`
        select count(*)::int as n from organization o join organization p on p.id = o.parent_id
        where o.division_code not like rtrim(p.division_code, '0') || '%'`.execute(first.db);
      assert.equal(outside[0]!.n, 0);
    });

    test('village legal advisors serve distinct villages, for a firm or office of their county, leaving some uncovered', async () => {
      const { rows } = await sql<{ advisors: number; villages: number; inVillages: number; localEmployer: number }>`
        select count(*)::int as advisors,
               count(distinct p.division_code)::int as villages,
               count(*) filter (where d.level = 'village')::int as in_villages,
               count(*) filter (where o.kind in ('law_firm', 'grassroots_legal_service_office')
                                  and left(o.division_code, 6) = left(p.division_code, 6))::int as local_employer
        from professional p
        join division d on d.code = p.division_code
        join organization o on o.id = p.organization_id
        where p.kind = 'village_legal_advisor'`.execute(first.db);
      assert.deepEqual(rows[0], { advisors: 971, villages: 971, inVillages: 971, localEmployer: 971 });
      const { rows: townships } = await sql<{ uncovered: number }>`
        select count(*)::int as uncovered from division t
        where t.level = 'township' and exists (select 1 from division v where v.parent_code = t.code)
          and not exists (select 1 from professional p
                          where p.kind = 'village_legal_advisor' and p.division_code like left(t.code, 9) || '%')`.execute(
        first.db,
      );
      assert.equal(townships[0]!.uncovered, 0, 'every township has at least one advisor');
    });

    test('phone numbers are stored only encrypted, with a lookup hash', async () => {
      const plain = await first.db
        .selectFrom('professional')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) =>
          eb.or([
            eb('phoneCipher', 'is', null),
            eb('phoneHash', 'is', null),
            eb('phoneCipher', '~', '^[0-9 +-]+$'),
            eb('phoneCipher', '~', '1[3-9][0-9]{9}'),
          ]),
        )
        .executeTakeFirstOrThrow();
      assert.equal(plain.n, 0);
      const rows = await first.db
        .selectFrom('professional')
        .select(['phoneCipher', 'phoneHash'])
        .where(sql<boolean>`id % 101 = 0`)
        .execute();
      assert.ok(rows.length > 200);
      for (const row of rows) {
        const phone = cipher.decrypt(row.phoneCipher!);
        assert.match(phone, /^1[358]\d{9}$/);
        assert.equal(row.phoneHash, cipher.lookupHash(phone));
        assert.ok(!row.phoneCipher!.includes(phone));
      }
      const hashes = await first.db
        .selectFrom('professional')
        .select((eb) => eb.fn.count<number>('phoneHash').distinct().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(hashes.n, professionalTotal, 'every professional has a distinct number');
    });

    test('one demo account per role, sharing the demo password, the handlers linked to their professional rows', async () => {
      assert.deepEqual(
        summary.accounts,
        DEMO_ACCOUNTS.map(({ username, role, scope }) => ({ username, role, scope })),
      );
      assert.deepEqual(new Set(DEMO_ACCOUNTS.map((a) => a.role)), new Set(roles));
      const users = await first.db
        .selectFrom('appUser as u')
        .leftJoin('organization as o', 'o.id', 'u.organizationId')
        .leftJoin('professional as p', 'p.id', 'u.professionalId')
        .select([
          'u.username',
          'u.displayName',
          'u.roles',
          'u.scopeDivisionCode',
          'u.passwordHash',
          'u.mustChangePassword',
          'o.kind as organizationKind',
          'o.divisionCode as organizationDivision',
          'p.kind as professionalKind',
          'p.name as professionalName',
          'p.organizationId as professionalOrganization',
          'u.organizationId',
          'p.divisionCode as professionalDivision',
        ])
        .orderBy('u.id')
        .execute();
      assert.deepEqual(
        users.map((u) => u.username),
        DEMO_ACCOUNTS.map((a) => a.username),
      );
      assert.ok(!users.some((u) => u.username === 'admin'), 'the admin account is the bootstrap’s, not the seed’s');
      assert.equal(new Set(users.map((u) => u.passwordHash)).size, 1);
      assert.ok(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD));

      const byName = new Map(users.map((u) => [u.username, u]));
      const expectedOrganizationKind: Record<string, string> = {
        agent: 'pls_centre',
        clerk: 'pls_centre',
        dispatcher: 'pls_centre',
        mediator: 'mediation_committee',
        supervisor: 'justice_bureau',
        leader: 'justice_bureau',
        finance: 'justice_bureau',
        admin_rc: 'justice_bureau',
      };
      for (const account of DEMO_ACCOUNTS) {
        const user = byName.get(account.username)!;
        assert.deepEqual(user.roles, [account.role]);
        assert.equal(user.scopeDivisionCode, account.scope);
        assert.equal(user.displayName, account.displayName);
        assert.equal(user.mustChangePassword, false);
        assert.ok(
          isWithinScope(account.scope, user.organizationDivision!),
          `${account.username} works inside its scope`,
        );
        if (expectedOrganizationKind[account.username]) {
          assert.equal(user.organizationKind, expectedOrganizationKind[account.username], account.username);
        }
        const handlerKind = { lawyer: 'lawyer', mediator: 'mediator', village_legal_advisor: 'village_legal_advisor' }[
          account.role as string
        ];
        if (handlerKind) {
          assert.equal(user.professionalKind, handlerKind);
          assert.equal(user.professionalName, account.displayName);
          assert.equal(user.professionalOrganization, user.organizationId);
          assert.ok(isWithinScope(account.scope, user.professionalDivision!));
        } else {
          assert.equal(user.professionalKind, null);
        }
      }
      assert.equal(byName.get('lawyer')!.organizationKind, 'law_firm');
    });

    test('a second run writes nothing and returns the first summary', async () => {
      const before = await sampleRows(first);
      const again = await seedDemo(first.db, cipher);
      assert.equal(again.isAlreadySeeded, true);
      assert.deepEqual({ ...again, isAlreadySeeded: false }, summary);
      assert.deepEqual(await sampleRows(first), before);
      assert.deepEqual(await countKinds(first, 'professional'), expectedProfessionals);
    });
  });
}

// Two seeds into two fresh databases (of either kind) must give the same rows under the same ids.
test('is deterministic: PGlite and PostgreSQL, seeded apart, hold the same rows', (t) => {
  for (const line of timings) t.diagnostic(line);
  const pglite = samples.get('pglite');
  const postgres = samples.get('postgres');
  if (!pglite || !postgres) return t.skip('needs both databases');
  assert.ok(pglite.organizations.length > 100 && pglite.professionals.length > 100);
  assert.deepEqual(pglite, postgres);
});
