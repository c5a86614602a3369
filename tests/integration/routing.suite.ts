import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../support/test-app';

const TOWN = '370811002000';

describe('dispatch routing rules', () => {
  let t: TestApp;
  let stationId: number;
  let firmId: number;
  let dispatcher: Session;
  let admin: Session;
  const handlerIds: number[] = [];

  before(async () => {
    t = await startTestApp();
    admin = await t.admin();
    const orgs = await t.deps.db
      .insertInto('organization')
      .values([
        { kind: 'pls_station', name: '许庄街道公共法律服务站（测试）', divisionCode: TOWN },
        { kind: 'law_firm', name: '路由测试律师事务所', divisionCode: TOWN },
      ])
      .returning('id')
      .execute();
    stationId = orgs[0]?.id as number;
    firmId = orgs[1]?.id as number;
    for (let i = 0; i < 2; i += 1) handlerIds.push((await t.staff(['lawyer'], '370811000000', firmId)).userId);
    dispatcher = await t.staff(['dispatcher'], '370800000000');
  });
  after(() => t.close());

  async function newOrder(kind = 'consultation') {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind, description: '路由测试', divisionCode: TOWN, phone: '13905376666' },
    });
    const row = await t.deps.db
      .selectFrom('workOrder')
      .select('id')
      .where('code', '=', created.json().code)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  test('without a chosen organisation the default rules dispatch to the township station, and say why', async () => {
    const id = await newOrder();
    const suggestion = (await dispatcher.get(`/api/v1/work-orders/${id}/route-suggestion`)).json();
    assert.equal(suggestion.organization.id, stationId);
    assert.equal(suggestion.level, 'township');
    assert.match(suggestion.explanation, /法律咨询/);
    const dispatched = await dispatcher.post(`/api/v1/work-orders/${id}/actions`, { action: 'dispatch', version: 1 });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal(dispatched.json().organizationId, stationId);
    const event = dispatched.json().events.find((e: { action: string }) => e.action === 'dispatch');
    assert.equal(event.detail.routing, 'auto');
    assert.equal(event.detail.ruleId, suggestion.rule.id);
  });

  test('an administrator adds a more specific rule; orders then go to the firm, to its least-loaded lawyer', async () => {
    assert.equal((await dispatcher.post('/api/v1/routing-rules', {})).statusCode, 403);
    const created = await admin.post('/api/v1/routing-rules', {
      kind: 'mediation',
      divisionPrefix: '370811',
      organizationKinds: ['law_firm'],
      startLevel: 'township',
      note: '任城区调解交律所（测试）',
    });
    assert.equal(created.statusCode, 201, created.body);
    const bad = await admin.post('/api/v1/routing-rules', {
      organizationKinds: [],
      startLevel: 'galaxy',
      divisionPrefix: 'x',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
      ['body.divisionPrefix', 'body.organizationKinds', 'body.startLevel'],
    );

    const first = await newOrder('mediation');
    const one = await dispatcher.post(`/api/v1/work-orders/${first}/actions`, { action: 'dispatch', version: 1 });
    assert.equal(one.json().organizationId, firmId);
    assert.equal(one.json().assigneeId, handlerIds[0], 'ties go to the lowest id');
    const second = await newOrder('mediation');
    const two = await dispatcher.post(`/api/v1/work-orders/${second}/actions`, { action: 'dispatch', version: 1 });
    assert.equal(two.json().assigneeId, handlerIds[1], 'the one with fewer open orders');

    const handlers = (await dispatcher.get(`/api/v1/work-orders/handlers?organizationId=${firmId}`)).json().items;
    assert.deepEqual(
      handlers.map((h: { id: number; openOrders: number }) => [h.id, h.openOrders]).sort(),
      [
        [handlerIds[0], 1],
        [handlerIds[1], 1],
      ].sort(),
    );
    assert.equal((await dispatcher.get('/api/v1/work-orders/handlers?organizationId=2000000000')).statusCode, 404);

    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'routing_rule')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['routing.create_rule'],
    );
  });
});
