import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createSettableClock } from '../../src/server/modules/test-control/test-control.clock';
import { startTestApp, type TestApp } from '../support/test-app';

describe('test controls (FATONG_TEST_CONTROLS)', () => {
  let t: TestApp;
  // The same database behind a second app built as main.ts builds it with the flag on.
  let controlled: FastifyInstance;
  const clock = createSettableClock();
  before(async () => {
    t = await startTestApp();
    controlled = await buildApp(
      { ...t.deps, config: loadConfig({ FATONG_TEST_CONTROLS: '1' }), clock: clock.now },
      { testClock: clock },
    );
  });
  after(async () => {
    await controlled.close();
    await t.close();
  });

  const setClock = (app: FastifyInstance, now: string | null) =>
    app.inject({ method: 'PUT', url: '/api/v1/test-control/clock', payload: { now } });
  const sweep = (app: FastifyInstance) =>
    app.inject({ method: 'POST', url: '/api/v1/test-control/jobs/work-order-sweep' });

  test('without the flag the routes do not exist: 404, and not in the API document', async () => {
    const moved = await setClock(t.app, '2026-03-04T09:00:00+08:00');
    assert.equal(moved.statusCode, 404);
    assert.equal(moved.json().code, 'not_found');
    assert.equal((await sweep(t.app)).statusCode, 404);
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    assert.equal(doc.paths['/api/v1/test-control/clock'], undefined);
    assert.ok(doc.paths['/api/v1/public/work-orders'], 'the document itself is there');
  });

  test('with the flag, the clock moves without a login, keeps flowing, and goes back on null', async () => {
    const moved = await setClock(controlled, '2026-03-04T09:00:00+08:00');
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().now.slice(0, 16), '2026-03-04T01:00');
    const before = clock.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(clock.now().getTime() >= before + 15, 'time flows from the instant set');

    // What the services read: a portal submission is dated (and coded) on the moved day.
    const created = await controlled.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind: 'consultation', description: '测试时钟', divisionCode: '370811002000', phone: '13905370001' },
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.match(created.json().code, /^JN20260304-\d{5}$/);

    const reset = await setClock(controlled, null);
    assert.equal(reset.statusCode, 200);
    assert.equal(reset.json().offsetMs, 0);
    assert.ok(Math.abs(clock.now().getTime() - Date.now()) < 1000);
  });

  test('an instant without its offset is refused', async () => {
    const response = await setClock(controlled, '2026-03-04T09:00:00');
    assert.equal(response.statusCode, 400);
    assert.equal(clock.offsetMs(), 0, 'the clock did not move');
  });

  test('the sweep runs on demand, on the moved clock, and answers what it did', async () => {
    const [firm] = await t.deps.db
      .insertInto('organization')
      .values({ kind: 'law_firm', name: '测试控制律师事务所', divisionCode: '370811002000' })
      .returning('id')
      .execute();
    const dispatcher = await t.staff(['dispatcher'], '370800000000');
    // Submitted and dispatched Monday 2 March 2026, 09:00: to be accepted by 24:00 Tuesday.
    await setClock(controlled, '2026-03-02T09:00:00+08:00');
    const created = await controlled.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind: 'mediation', description: '测试催办', divisionCode: '370811002000', phone: '13905370002' },
    });
    const { id } = await t.deps.db
      .selectFrom('workOrder')
      .select('id')
      .where('code', '=', created.json().code)
      .executeTakeFirstOrThrow();
    const dispatched = await controlled.inject({
      method: 'POST',
      url: `/api/v1/work-orders/${id}/actions`,
      headers: { cookie: dispatcher.cookie, 'x-csrf-token': dispatcher.csrfToken },
      payload: { action: 'dispatch', version: 1, organizationId: firm?.id },
    });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal(dispatched.json().acceptBy, '2026-03-03T16:00:00.000Z');

    await setClock(controlled, '2026-03-04T09:00:00+08:00');
    const swept = await sweep(controlled);
    assert.equal(swept.statusCode, 200, swept.body);
    assert.deepEqual(swept.json(), { reminded: 1, supervised: 0 });
    const reminded = await t.deps.db
      .selectFrom('workOrderEvent')
      .select('at')
      .where('workOrderId', '=', id)
      .where('action', '=', 'remind')
      .executeTakeFirstOrThrow();
    assert.equal(reminded.at.toISOString().slice(0, 13), '2026-03-04T01');
    await setClock(controlled, null);
  });
});
