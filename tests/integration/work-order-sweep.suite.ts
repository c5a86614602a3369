import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { jobDefinitions, startJobQueue } from '../../src/server/jobs/job-queue';
import { sweepOverdueWorkOrders } from '../../src/server/modules/work-order/work-order.sweep';
import { startTestApp, type TestApp } from '../support/test-app';

describe('overdue sweep and the job queue', () => {
  let t: TestApp;
  let firmId: number;
  before(async () => {
    t = await startTestApp();
    const [firm] = await t.deps.db
      .insertInto('organization')
      .values({ kind: 'law_firm', name: '超期测试律师事务所', divisionCode: '370811002000' })
      .returning('id')
      .execute();
    firmId = firm?.id as number;
  });
  after(() => t.close());

  async function dispatchedOrder(at: Date) {
    t.setNow(at);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind: 'consultation', description: '超期测试', divisionCode: '370811002000', phone: '13905379999' },
    });
    const { id } = await t.deps.db
      .selectFrom('workOrder')
      .select('id')
      .where('code', '=', created.json().code)
      .executeTakeFirstOrThrow();
    const dispatcher = await t.staff(['dispatcher'], '370800000000');
    const dispatched = await dispatcher.post(`/api/v1/work-orders/${id}/actions`, {
      action: 'dispatch',
      version: 1,
      organizationId: firmId,
    });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    return id;
  }

  const stateOf = (id: number) =>
    t.deps.db
      .selectFrom('workOrder')
      .select(['overdueLevel', 'supervised', 'remindedAt'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  test('past the accept-by deadline: reminded once; a working day later still late: supervised', async () => {
    // Dispatched Monday 2026-03-02 09:00 Shanghai: to be accepted by 24:00 Tuesday 3 March.
    const id = await dispatchedOrder(new Date('2026-03-02T01:00:00Z'));
    // The firm's lawyer, who has not accepted yet, is the one to remind.
    const lawyer = await t.staff(['lawyer'], '370811000000', firmId);
    const lawyerPhone = '13905370001';
    await t.deps.db
      .updateTable('appUser')
      .set({ phoneCipher: t.deps.cipher.encrypt(lawyerPhone), phoneHash: t.deps.cipher.lookupHash(lawyerPhone) })
      .where('id', '=', lawyer.userId)
      .execute();
    const notices = async () =>
      (
        await t.deps.db
          .selectFrom('messageOutbox')
          .select(['recipientCipher', 'purpose', 'body', 'nextAttemptAt'])
          .where('workOrderId', '=', id)
          .orderBy('id')
          .execute()
      ).map((m) => ({
        to: t.deps.cipher.decrypt(m.recipientCipher),
        purpose: m.purpose,
        body: m.body,
        sendAt: m.nextAttemptAt.toISOString(),
      }));
    t.setNow(new Date('2026-03-03T08:00:00Z'));
    await sweepOverdueWorkOrders(t.deps);
    assert.equal((await stateOf(id)).overdueLevel, 0, 'not yet late');

    t.setNow(new Date('2026-03-04T01:00:00Z')); // Wednesday 09:00
    await sweepOverdueWorkOrders(t.deps);
    assert.equal((await stateOf(id)).overdueLevel, 1);
    await sweepOverdueWorkOrders(t.deps);
    const events = await t.deps.db
      .selectFrom('workOrderEvent')
      .select(['action', 'actorKind'])
      .where('workOrderId', '=', id)
      .where('action', '=', 'remind')
      .execute();
    assert.deepEqual(events, [{ action: 'remind', actorKind: 'system' }], 'one reminder, not one per sweep');
    const [reminder, ...others] = await notices();
    assert.equal(others.length, 0, 'one text message for one reminder');
    assert.equal(reminder?.to, lawyerPhone);
    assert.equal(reminder?.purpose, 'reminder');
    assert.match(reminder?.body ?? '', /催办.*签收时限/);
    assert.equal(reminder?.sendAt, '2026-03-04T01:00:00.000Z', 'in office hours: at once');

    t.setNow(new Date('2026-03-05T16:30:00Z')); // after 24:00 Thursday: a working day after the reminder
    await sweepOverdueWorkOrders(t.deps);
    const escalated = await stateOf(id);
    assert.equal(escalated.overdueLevel, 2);
    assert.equal(escalated.supervised, true);
    assert.deepEqual(
      (await notices()).map((n) => [n.to, n.purpose, n.sendAt]),
      [
        [lawyerPhone, 'reminder', '2026-03-04T01:00:00.000Z'],
        // Escalated at 00:30 Friday: the text waits for 08:30.
        [lawyerPhone, 'supervision_notice', '2026-03-06T00:30:00.000Z'],
      ],
    );
    t.setNow(undefined);
  });

  test('accepted after a late-acceptance reminder: the resolve deadline gets its own reminder before supervision', async () => {
    const id = await dispatchedOrder(new Date('2026-03-09T01:00:00Z')); // Monday
    t.setNow(new Date('2026-03-11T01:00:00Z')); // Wednesday: late to accept
    await sweepOverdueWorkOrders(t.deps);
    assert.equal((await stateOf(id)).overdueLevel, 1);
    const lawyer = await t.staff(['lawyer'], '370811000000', firmId);
    const version = (await lawyer.get(`/api/v1/work-orders/${id}`)).json().version;
    const accepted = await lawyer.post(`/api/v1/work-orders/${id}/actions`, { action: 'accept', version });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual(await stateOf(id), { overdueLevel: 0, supervised: false, remindedAt: null });

    t.setNow(new Date('2026-03-17T01:00:00Z')); // past the 5 working days to resolve
    await sweepOverdueWorkOrders(t.deps);
    const state = await stateOf(id);
    assert.equal(state.overdueLevel, 1, 'reminded, not escalated');
    assert.equal(state.supervised, false);
    const last = await t.deps.db
      .selectFrom('workOrderEvent')
      .select(['action', 'detail'])
      .where('workOrderId', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual(last, { action: 'remind', detail: { lateFor: 'resolve' } });
    t.setNow(undefined);
  });

  test('reminded orders waiting to escalate do not crowd later late orders out of the sweep', async () => {
    const first = await dispatchedOrder(new Date('2026-04-07T01:00:00Z')); // Tuesday after 清明
    const second = await dispatchedOrder(new Date('2026-04-07T01:00:00Z'));
    t.setNow(new Date('2026-04-09T01:00:00Z'));
    await sweepOverdueWorkOrders(t.deps, 1);
    assert.equal((await stateOf(first)).overdueLevel, 1);
    assert.equal((await stateOf(second)).overdueLevel, 1);
    const third = await dispatchedOrder(new Date('2026-04-07T02:00:00Z'));
    t.setNow(new Date('2026-04-09T02:00:00Z'));
    // Pages of one: the two reminded orders fill the first pages; the third must still be reached.
    const result = await sweepOverdueWorkOrders(t.deps, 1);
    assert.deepEqual(result, { reminded: 1, supervised: 0 });
    assert.equal((await stateOf(third)).overdueLevel, 1);
    t.setNow(undefined);
  });

  test('the nightly analyze job gives the planner statistics (the embedded database has no autovacuum)', async () => {
    const job = jobDefinitions.find((j) => j.name === 'database-analyze');
    assert.ok(job?.cron, 'scheduled');
    await job.run(t.deps, { info: () => {}, error: () => {} });
    const { rows } = await sql<{ analyzed: boolean }>`
      select last_analyze is not null as analyzed from pg_stat_user_tables where relname = 'work_order'`.execute(
      t.deps.db,
    );
    assert.deepEqual(rows, [{ analyzed: true }]);
  });

  test('two server processes on one database run a queued job once', async () => {
    let runs = 0;
    const log = { info: () => {}, error: () => {} };
    const jobs = [{ name: 'test-once', cron: null, run: async () => (runs += 1) }];
    const first = await startJobQueue(t.deps, t.database.pool, log, { jobs, pollingIntervalSeconds: 0.5 });
    const second = await startJobQueue(t.deps, t.database.pool, log, { jobs, pollingIntervalSeconds: 0.5 });
    try {
      await first.boss.send('test-once', {});
      const deadline = Date.now() + 10_000;
      while (runs === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1500)); // time for a second (wrong) run to show
      assert.equal(runs, 1);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  test('administrators change the time limits (audited); new orders follow them', async () => {
    const admin = await t.admin();
    const limits = (await admin.get('/api/v1/work-orders/limits')).json();
    assert.equal(limits.resolveWorkingDays.consultation, 5);
    const changed = await admin.request({
      method: 'PUT',
      url: '/api/v1/work-orders/limits',
      payload: { ...limits, resolveWorkingDays: { ...limits.resolveWorkingDays, consultation: 3 } },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    const bad = await admin.request({
      method: 'PUT',
      url: '/api/v1/work-orders/limits',
      payload: { ...limits, acceptWorkingDays: 0 },
    });
    assert.equal(bad.json().errors[0].field, 'body.acceptWorkingDays');

    t.setNow(new Date('2026-03-02T01:00:00Z')); // Monday: 3 working days → due by 24:00 Thursday
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind: 'consultation', description: '时限测试', divisionCode: '370811002000', phone: '13905379998' },
    });
    t.setNow(undefined);
    assert.equal(created.json().resolveBy, '2026-03-05T16:00:00.000Z');
    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'work_order.set_limits')
      .execute();
    assert.equal(audit.length, 1);
  });
});
