import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The demo aid pool (法律援助人员库) of 任城区, from the demo professionals already seeded: the
 * demo `lawyer` account's professional and the first lawyers of the district's law firms, the
 * first grassroots legal workers, and one member of the district's legal-aid centre as centre
 * staff; the first three lawyers take the criminal duty roster (值班律师) in turn, one a day,
 * for 2026 and 2027. Chosen by id, so the same network gives the same pool. Marked is_demo.
 */
export const demoPoolCounty = '370811000000';
const countyPrefix = '370811';
const poolLawyers = 6;
const poolGrassroots = 3;
const dutyLawyers = 3;
const rosterFrom = Date.UTC(2026, 0, 1);
const rosterDays = 730;

// Its own marker: a database seeded before the aid pool existed gets it on its next start.
const settingKey = 'demo.legal_aid_pool.seeded';
const advisoryLockKey = 0x0537_a1d0;

async function isSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('appSetting').select('key').where('key', '=', settingKey).executeTakeFirst();
  return row !== undefined;
}

/** Writes the demo pool once per database; returns how many members were written now. */
export async function seedDemoLegalAidPool(db: Kysely<Database>): Promise<number> {
  if (await isSeeded(db)) return 0;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${advisoryLockKey})`.execute(trx);
    if (await isSeeded(trx)) return 0;
    const account = await trx
      .selectFrom('appUser')
      .select('professionalId')
      .where('username', '=', 'lawyer')
      .where('isDemo', '=', true)
      .executeTakeFirst();
    const byKind = (kind: string, organizationKind: string, limit: number) =>
      trx
        .selectFrom('professional as p')
        .innerJoin('organization as o', 'o.id', 'p.organizationId')
        .select('p.id')
        .where('p.isDemo', '=', true)
        .where('p.kind', '=', kind)
        .where('o.kind', '=', organizationKind)
        .where('o.divisionCode', 'like', `${countyPrefix}%`)
        .orderBy('p.id')
        .limit(limit)
        .execute();
    const lawyerIds = [
      ...new Set([
        ...(account?.professionalId ? [account.professionalId] : []),
        ...(await byKind('lawyer', 'law_firm', poolLawyers)).map((r) => r.id),
      ]),
    ].slice(0, poolLawyers);
    const grassrootsIds = (
      await byKind('grassroots_legal_worker', 'grassroots_legal_service_office', poolGrassroots)
    ).map((r) => r.id);
    const centreIds = (await byKind('lawyer', 'legal_aid_centre', 1)).map((r) => r.id);
    const members = [
      ...lawyerIds.map((id) => ({ professionalId: id, kind: 'lawyer' })),
      ...grassrootsIds.map((id) => ({ professionalId: id, kind: 'grassroots_legal_worker' })),
      ...centreIds.map((id) => ({ professionalId: id, kind: 'legal_aid_centre_staff' })),
    ];
    if (members.length > 0) {
      await trx
        .insertInto('legalAidPoolMember')
        .values(members.map((m) => ({ ...m, divisionCode: demoPoolCounty, isDemo: true })))
        .execute();
      const duty = lawyerIds.slice(0, dutyLawyers);
      if (duty.length > 0) {
        const roster = Array.from({ length: rosterDays }, (_, day) => ({
          dutyDate: new Date(rosterFrom + day * 86_400_000).toISOString().slice(0, 10),
          professionalId: duty[day % duty.length] as number,
          isDemo: true,
        }));
        await trx.insertInto('legalAidDutyRoster').values(roster).execute();
      }
    }
    await trx
      .insertInto('appSetting')
      .values({ key: settingKey, value: JSON.stringify({ members: members.length }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    return members.length;
  });
}
