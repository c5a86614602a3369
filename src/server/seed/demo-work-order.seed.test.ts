import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../tests/support/test-app';
import { testDatabaseKinds } from '../../../tests/support/test-databases';
import { isWorkingDay, shanghaiDateOf, workingDaysBetween } from '../../shared/domain/calendar';
import { isValidIdNumber } from '../../shared/domain/id-number';
import { phonePattern } from '../../shared/domain/mask';
import { workOrderStatuses } from '../../shared/domain/work-order.lifecycle';
import type { DatabaseKind } from '../db/database';
import { loadCalendarOverrides } from '../modules/calendar/calendar.service';
import { DEMO_PASSWORD, seedDemo } from './demo.seed';
import { demoMatters } from './demo-work-order.fixtures';
import { demoWorkOrdersSettingKey, demoWorkOrdersStep, seedDemoWorkOrders } from './demo-work-order.seed';

// The plan, in numbers: what a fresh demo's queues show.
const expectedByStatus = {
  received: 4,
  answered: 3,
  dispatched: 3,
  accepted: 1,
  returned: 1,
  in_progress: 4,
  resolved: 2,
  closed: 6,
};

/**
 * Two clocks: PGlite seeds at the real time, as `npm start` does; PostgreSQL half a minute
 * after midnight on 2026-10-10, a make-up working Saturday right after the National Day
 * holiday, so the fifteen working days span holidays and the sweep's midnight edge.
 */
const seedingTime: Record<DatabaseKind, () => Date> = {
  pglite: () => new Date(),
  postgres: () => new Date('2026-10-10T00:00:30+08:00'),
};

/** What must be the same whenever and wherever the demo is seeded. */
const contentByKind = new Map<DatabaseKind, unknown[]>();
const timings: string[] = [];

for (const kind of testDatabaseKinds) {
  describe(`seedDemoWorkOrders on ${kind}`, () => {
    let t: TestApp;
    let now: Date;
    let results: Awaited<ReturnType<typeof seedDemoWorkOrders>>[];
    const progress: Array<[string, number, number]> = [];

    before(async () => {
      t = await startTestApp(kind);
      await seedDemo(t.deps.db, t.deps.cipher);
      now = seedingTime[kind]();
      t.setNow(now);
      // Two processes starting at once: one plays the scripts, the other writes nothing.
      const started = performance.now();
      const onProgress = (step: string, done: number, total: number) => progress.push([step, done, total]);
      results = await Promise.all([seedDemoWorkOrders(t.deps, onProgress), seedDemoWorkOrders(t.deps, onProgress)]);
      timings.push(`${kind}: seedDemoWorkOrders took ${Math.round(performance.now() - started)} ms`);
    });
    after(async () => {
      await t?.close();
    });

    const orders = () =>
      t.deps.db
        .selectFrom('workOrder')
        .selectAll()
        .select((eb) =>
          eb
            .selectFrom('citizen')
            .select('citizen.phoneCipher')
            .whereRef('citizen.id', '=', 'workOrder.citizenId')
            .as('phoneCipher'),
        )
        .orderBy('id')
        .execute();
    const count = async (table: 'workOrder' | 'workOrderEvent' | 'citizen' | 'messageOutbox' | 'hotlineCall') =>
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;

    test('writes one order per matter once, ending in the planned status', async () => {
      const written = results.map((r) => r.written).sort((a, b) => a - b);
      assert.deepEqual(written, [0, demoMatters.length]);
      const rows = await orders();
      assert.equal(rows.length, 24);
      const byStatus = Object.fromEntries(workOrderStatuses.map((s) => [s, rows.filter((r) => r.status === s).length]));
      assert.deepEqual(byStatus, expectedByStatus);
      for (const matter of demoMatters) {
        const row = rows.find((r) => r.description === matter.description);
        assert.ok(row, matter.key);
        assert.equal(row.status, matter.expect.status, matter.key);
        assert.equal(row.supervised, matter.expect.supervised ?? false, `${matter.key} supervised`);
        assert.equal(row.overdueLevel, matter.expect.overdueLevel ?? 0, `${matter.key} overdue level`);
        assert.equal(row.kind, matter.kind, matter.key);
        assert.equal(row.channel, matter.channel, matter.key);
        assert.equal(row.legalDomain, matter.legalDomain ?? null, matter.key);
        assert.ok(row.divisionCode.startsWith(matter.township.slice(0, 9)), `${matter.key} lies in its township`);
      }
    });

    test('codes are the day’s tracking codes; every history starts with create and runs forward in time', async () => {
      const rows = await orders();
      for (const row of rows) {
        assert.match(row.code, /^JN\d{8}-\d{5}$/);
        assert.equal(row.code.slice(2, 10), shanghaiDateOf(row.createdAt).replaceAll('-', ''));
        const events = await t.deps.db
          .selectFrom('workOrderEvent')
          .select(['action', 'at', 'actorKind'])
          .where('workOrderId', '=', row.id)
          .orderBy('id')
          .execute();
        assert.equal(events[0]?.action, 'create', row.code);
        assert.equal(events[0]!.at.getTime(), row.createdAt.getTime(), row.code);
        for (let i = 1; i < events.length; i += 1)
          assert.ok(
            events[i]!.at >= events[i - 1]!.at,
            `${row.code}: ${events[i]!.action} after ${events[i - 1]!.action}`,
          );
        assert.ok(events.at(-1)!.at <= now, `${row.code} has no event after the seeding time`);
      }
      assert.equal(new Set(rows.map((r) => r.code)).size, rows.length);
    });

    test('people act on working days in office hours, within the last fifteen working days', async () => {
      const calendar = await loadCalendarOverrides(t.deps.db);
      const events = await t.deps.db
        .selectFrom('workOrderEvent')
        .select(['action', 'at', 'actorKind'])
        .where('actorKind', '!=', 'system')
        .execute();
      assert.ok(events.length > 100);
      for (const event of events) {
        const day = shanghaiDateOf(event.at);
        const hour = new Date(event.at.getTime() + 8 * 3_600_000).getUTCHours();
        assert.ok(isWorkingDay(day, calendar), `${event.action} on ${day}`);
        assert.ok(hour >= 8 && hour < 18, `${event.action} at ${event.at.toISOString()}`);
        const daysAgo = workingDaysBetween(event.at, now, calendar);
        assert.ok(daysAgo >= 1 && daysAgo <= 15, `${event.action} ${daysAgo} working days ago`);
      }
    });

    test('the sweep reminded the order nobody accepted, and supervised the one still late a working day after', async () => {
      const rows = await t.deps.db
        .selectFrom('workOrderEvent as e')
        .innerJoin('workOrder as w', 'w.id', 'e.workOrderId')
        .select(['w.description', 'e.action', 'e.reason', 'e.actorKind'])
        .where('e.action', 'in', ['remind', 'supervise'])
        .orderBy('e.id')
        .execute();
      const of = (key: string) => demoMatters.find((m) => m.key === key)!.description;
      assert.deepEqual(
        rows.map((r) => [r.description, r.action, r.reason, r.actorKind]),
        [
          [of('elder-support-aid'), 'remind', '超过办结时限，系统催办', 'system'],
          [of('elder-support-aid'), 'supervise', '催办后仍超期，自动转督办', 'system'],
          [of('site-wage-arrears-aid'), 'remind', '超过签收时限，系统催办', 'system'],
        ],
      );
    });

    test('citizens are invented, distinct and valid; hotline orders have their ended calls', async () => {
      const rows = await orders();
      const phones = rows.map((r) => t.deps.cipher.decrypt(r.phoneCipher!));
      for (const phone of phones) assert.match(phone, phonePattern);
      assert.equal(await count('citizen'), 24);
      assert.equal(new Set(phones).size, 24);
      const citizens = await t.deps.db.selectFrom('citizen').select(['name', 'idNumberCipher']).execute();
      assert.ok(citizens.every((c) => c.name && c.name.length >= 2));
      const idNumbers = citizens.filter((c) => c.idNumberCipher).map((c) => t.deps.cipher.decrypt(c.idNumberCipher!));
      assert.equal(idNumbers.length, demoMatters.filter((m) => m.withIdNumber).length);
      for (const id of idNumbers) assert.ok(isValidIdNumber(id), id);

      const calls = await t.deps.db.selectFrom('hotlineCall').selectAll().execute();
      const hotline = rows.filter((r) => r.channel === 'hotline');
      assert.deepEqual(calls.map((c) => c.workOrderId).sort(), hotline.map((r) => r.id).sort());
      for (const call of calls) {
        assert.ok(call.endedAt && call.durationSeconds! > 60);
        const order = hotline.find((r) => r.id === call.workOrderId)!;
        assert.ok(call.startedAt < order.createdAt && order.createdAt < call.endedAt);
      }
    });

    test('each rating request went out when the order was answered or resolved; nothing is left to send', async () => {
      const messages = await t.deps.db
        .selectFrom('messageOutbox')
        .select(['purpose', 'status', 'createdAt', 'sentAt'])
        .execute();
      const rated = (await orders()).filter((r) => r.resolvedAt !== null || r.reopenCount > 0).length;
      // Every order answered or resolved at some point asked for a rating, the reopened one included.
      assert.equal(messages.filter((m) => m.purpose === 'rating_request').length, rated);
      for (const message of messages) {
        assert.equal(message.status, 'sent');
        assert.ok(message.sentAt! >= message.createdAt && message.sentAt! <= now);
      }
    });

    test('progress ends at its total', () => {
      const last = progress.at(-1)!;
      assert.equal(last[0], demoWorkOrdersStep);
      assert.equal(last[1], last[2]);
      assert.ok(last[2] > demoMatters.length);
      assert.deepEqual(progress[0], [demoWorkOrdersStep, 0, last[2]]);
    });

    test('the queues are not empty: the lawyer’s, the dispatcher’s waiting, the supervisor’s extension and supervised', async () => {
      const queue = async (username: string, name: string) => {
        const session = await t.login(username, DEMO_PASSWORD);
        const response = await session.get(`/api/v1/work-orders?queue=${name}`);
        assert.equal(response.statusCode, 200, response.body);
        return (response.json() as { items: { code: string; status: string }[] }).items;
      };
      const mine = await queue('lawyer', 'mine');
      assert.equal(mine.length, 7);
      assert.ok(mine.every((o) => ['dispatched', 'accepted', 'in_progress'].includes(o.status)));
      assert.equal((await queue('lawyer', 'organization')).length, 8, 'the reopened order waits at the firm');
      const waiting = await queue('dispatcher', 'waiting');
      assert.deepEqual(waiting.map((o) => o.status).sort(), [
        'received',
        'received',
        'received',
        'received',
        'returned',
      ]);
      assert.equal((await queue('supervisor', 'extension')).length, 1);
      assert.equal((await queue('supervisor', 'supervised')).length, 1);
      assert.equal((await queue('supervisor', 'overdue')).length, 2);
      assert.equal((await queue('clerk', 'all')).length, 24, 'all in 任城区');
    });

    test('a second run writes nothing; a database with orders and no marker gets none', async () => {
      const tables = ['workOrder', 'workOrderEvent', 'citizen', 'messageOutbox', 'hotlineCall'] as const;
      const counts = async () => Promise.all(tables.map(count));
      const before = await counts();
      assert.deepEqual(await seedDemoWorkOrders(t.deps), { written: 0, skipped: 'already_seeded' });
      assert.deepEqual(await counts(), before);

      await t.deps.db.deleteFrom('appSetting').where('key', '=', demoWorkOrdersSettingKey).execute();
      assert.deepEqual(await seedDemoWorkOrders(t.deps), { written: 0, skipped: 'orders_exist' });
      assert.deepEqual(await counts(), before);
      const marker = await t.deps.db
        .selectFrom('appSetting')
        .select('key')
        .where('key', '=', demoWorkOrdersSettingKey)
        .executeTakeFirst();
      assert.equal(marker, undefined);
    });

    test('collects what must not depend on when or where it was seeded', async () => {
      const rows = await orders();
      const citizens = await t.deps.db.selectFrom('citizen').select(['id', 'name']).execute();
      contentByKind.set(
        kind,
        rows
          .map((r) => ({
            description: r.description,
            status: r.status,
            divisionCode: r.divisionCode,
            citizen: citizens.find((c) => c.id === r.citizenId)?.name,
            phone: t.deps.cipher.decrypt(r.phoneCipher!),
            result: r.result,
            rating: r.rating,
            ratingComment: r.ratingComment,
          }))
          .sort((a, b) => a.description.localeCompare(b.description)),
      );
      assert.equal(contentByKind.get(kind)!.length, 24);
    });
  });
}

test('is deterministic: the same matters, people and outcomes on both databases and clocks', (t) => {
  for (const line of timings) t.diagnostic(line);
  const pglite = contentByKind.get('pglite');
  const postgres = contentByKind.get('postgres');
  if (!pglite || !postgres) return t.skip('needs both databases');
  assert.deepEqual(pglite, postgres);
});
