import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { blockSize, nextWorkOrderNumber } from '../../src/server/modules/work-order/work-order.numbering';
import { type StaffSession as Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

// 任城区 (370811) and a township of it; 邹城市 (370883) is another county.
const RENCHENG_TOWN = '370811002000';
const ID_NUMBER = '370811199001011236';
const ZOUCHENG = '370883000000';

describe('work orders: intake, lifecycle, scope, deadlines', () => {
  let t: TestApp;
  let firmId: number;
  let otherFirmId: number;
  let clerk: Session;
  let dispatcher: Session;
  let lawyerA: Session;
  let lawyerB: Session;
  let zouchengLawyer: Session;
  let supervisor: Session;

  before(async () => {
    t = await startTestApp();
    const orgs = await t.deps.db
      .insertInto('organization')
      .values([
        { kind: 'law_firm', name: '任城工单测试律师事务所', divisionCode: RENCHENG_TOWN },
        { kind: 'law_firm', name: '邹城工单测试律师事务所', divisionCode: ZOUCHENG },
      ])
      .returning('id')
      .execute();
    firmId = orgs[0]?.id as number;
    otherFirmId = orgs[1]?.id as number;
    clerk = await t.staff(['window_clerk'], '370811000000', null);
    dispatcher = await t.staff(['dispatcher'], '370800000000', null);
    lawyerA = await t.staff(['lawyer'], '370811000000', firmId);
    lawyerB = await t.staff(['lawyer'], '370811000000', firmId);
    zouchengLawyer = await t.staff(['lawyer'], ZOUCHENG, otherFirmId);
    supervisor = await t.staff(['supervisor'], '370800000000', null);
  });
  after(() => t.close());

  const submit = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/public/work-orders', payload, headers });

  const citizenRequest = {
    kind: 'consultation',
    description: '公司拖欠三个月工资，怎么维权？',
    divisionCode: RENCHENG_TOWN,
    phone: '13905370001',
    name: '张三',
  };

  async function act(session: Session, id: number, body: Record<string, unknown>) {
    const current = (await session.get(`/api/v1/work-orders/${id}`)).json();
    return session.post(`/api/v1/work-orders/${id}/actions`, { version: current.version, ...body });
  }

  async function idOf(code: string) {
    const row = await t.deps.db.selectFrom('workOrder').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    return row.id;
  }

  test('a citizen submits on the portal, gets a tracking code and follows the order by code and phone', async () => {
    const created = await submit(citizenRequest);
    assert.equal(created.statusCode, 201, created.body);
    const order = created.json();
    assert.match(order.code, /^JN\d{8}-\d{5}$/);
    assert.equal(order.status, 'received');
    assert.deepEqual(
      order.steps.map((s: { action: string }) => s.action),
      ['create'],
    );

    const tracked = await t.app.inject({ url: `/api/v1/public/work-orders/${order.code}?phone=13905370001` });
    assert.equal(tracked.statusCode, 200);
    assert.equal(tracked.json().divisionName, '许庄街道');
    const wrongPhone = await t.app.inject({ url: `/api/v1/public/work-orders/${order.code}?phone=13905370002` });
    const unknown = await t.app.inject({ url: '/api/v1/public/work-orders/JN20990101-99999?phone=13905370001' });
    assert.equal(wrongPhone.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: null, instance: null });
    assert.deepEqual(comparable(wrongPhone.json()), comparable(unknown.json()));
  });

  test('a retry with the same Idempotency-Key returns the same order, and makes no second one', async () => {
    const headers = { 'idempotency-key': `retry-${uniqueName('k')}` };
    const first = await submit(citizenRequest, headers);
    const second = await submit(citizenRequest, headers);
    assert.equal(first.statusCode, 201);
    assert.equal(second.json().code, first.json().code);
    const count = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idempotencyKey', '=', headers['idempotency-key'])
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });

  test('bad intake input is a 4xx naming the field, and writes nothing', async () => {
    const countRows = async () => {
      const [orders, citizens] = await Promise.all([
        t.deps.db
          .selectFrom('workOrder')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
        t.deps.db
          .selectFrom('citizen')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return [Number(orders.n), Number(citizens.n)];
    };
    const before = await countRows();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...citizenRequest, kind: undefined }, 'body.kind'],
      [{ ...citizenRequest, phone: '12345' }, 'body.phone'],
      [{ ...citizenRequest, phone: '139😀0537001' }, 'body.phone'],
      [{ ...citizenRequest, divisionCode: '370811999999' }, 'body.divisionCode'],
      [{ ...citizenRequest, divisionCode: '3708' }, 'body.divisionCode'],
      [{ ...citizenRequest, description: '' }, 'body.description'],
      [{ ...citizenRequest, description: '欠薪'.repeat(1500) }, 'body.description'],
      [{ ...citizenRequest, isUrgent: true }, 'body'],
      [{ ...citizenRequest, name: 'Zhang\u0000San' }, 'body.name'],
    ];
    for (const [payload, field] of cases) {
      const response = await submit(payload);
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.ok(
        response.json().errors.some((e: { field: string }) => e.field.startsWith(field)),
        `${field} named in ${response.body}`,
      );
    }
    const huge = await submit({ ...citizenRequest, description: 'x'.repeat(100 * 1024) });
    assert.ok([400, 413].includes(huge.statusCode), huge.body);
    assert.deepEqual(await countRows(), before);

    // Emoji and mixed scripts are what citizens type: accepted and kept as written.
    const mixed = await submit({ ...citizenRequest, description: '房东不退押金😡 deposit 2000元 ئۇيغۇرچە' });
    assert.equal(mixed.statusCode, 201);
  });

  test('portal → dispatch → accept → resolve → the citizen rates it and it closes', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370010' })).json().code as string;
    const id = await idOf(code);

    const early = await act(lawyerA, id, { action: 'accept' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().code, 'invalid_transition');

    const dispatched = await act(dispatcher, id, { action: 'dispatch', organizationId: firmId });
    assert.equal(dispatched.statusCode, 200, dispatched.body);
    assert.equal(dispatched.json().status, 'dispatched');
    assert.ok(dispatched.json().acceptBy);

    const view = (await lawyerA.get(`/api/v1/work-orders/${id}`)).json();
    assert.deepEqual(view.actions, ['accept', 'return', 'note']);

    const accepted = await act(lawyerA, id, { action: 'accept' });
    assert.equal(accepted.json().status, 'accepted');
    assert.equal(accepted.json().assigneeId, lawyerA.userId);
    const resolved = await act(lawyerA, id, { action: 'resolve', result: '建议向劳动监察大队投诉，并申请劳动仲裁。' });
    assert.equal(resolved.json().status, 'resolved');

    const tracked = (await t.app.inject({ url: `/api/v1/public/work-orders/${code}?phone=13905370010` })).json();
    assert.equal(tracked.canRate, true);
    assert.equal(tracked.organizationName, '任城工单测试律师事务所');
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/work-orders/${code}/rating`,
      payload: { phone: '13905370010', rating: 5, comment: '很满意' },
    });
    assert.equal(rated.statusCode, 200, rated.body);
    assert.equal(rated.json().status, 'closed');
    const history = (await dispatcher.get(`/api/v1/work-orders/${id}`)).json().events;
    assert.deepEqual(
      history.map((e: { action: string }) => e.action),
      ['create', 'dispatch', 'accept', 'resolve', 'follow_up', 'close'],
    );
    assert.equal(history[4].actorKind, 'citizen');
  });

  test('a dissatisfied rating reopens the order to the same organisation', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370011' })).json().code as string;
    const id = await idOf(code);
    await act(dispatcher, id, { action: 'dispatch', organizationId: firmId });
    await act(lawyerA, id, { action: 'accept' });
    await act(lawyerA, id, { action: 'resolve', result: '已答复' });
    const rated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/work-orders/${code}/rating`,
      payload: { phone: '13905370011', rating: 1 },
    });
    assert.equal(rated.json().status, 'dispatched');
    const order = (await dispatcher.get(`/api/v1/work-orders/${id}`)).json();
    assert.equal(order.organizationId, firmId);
    assert.equal(order.reopenCount, 1);
  });

  test('return with a reason, then re-dispatch elsewhere; a transfer needs a reason', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370012' })).json().code as string;
    const id = await idOf(code);
    await act(dispatcher, id, { action: 'dispatch', organizationId: firmId });
    const noReason = await act(lawyerA, id, { action: 'return' });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'body.reason');
    const returned = await act(lawyerA, id, { action: 'return', reason: '不属于本所业务范围' });
    assert.equal(returned.json().status, 'returned');
    assert.equal(returned.json().organizationId, null);
    const again = await act(dispatcher, id, { action: 'dispatch', organizationId: otherFirmId });
    assert.equal(again.json().status, 'dispatched');
    assert.equal(again.json().organizationName, '邹城工单测试律师事务所');
  });

  test('two handlers accepting at once: one succeeds, the other gets 409, one accept is recorded', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370013' })).json().code as string;
    const id = await idOf(code);
    await act(dispatcher, id, { action: 'dispatch', organizationId: firmId });
    const { version } = (await lawyerA.get(`/api/v1/work-orders/${id}`)).json();
    const results = await Promise.all(
      [lawyerA, lawyerB].map((s) => s.post(`/api/v1/work-orders/${id}/actions`, { action: 'accept', version })),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
    const accepts = await t.deps.db
      .selectFrom('workOrderEvent')
      .select('id')
      .where('workOrderId', '=', id)
      .where('action', '=', 'accept')
      .execute();
    assert.equal(accepts.length, 1);
  });

  test('a handler of another county gets 404 for this county’s order', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370014' })).json().code as string;
    const id = await idOf(code);
    assert.equal((await zouchengLawyer.get(`/api/v1/work-orders/${id}`)).statusCode, 404);
    const list = (await zouchengLawyer.get('/api/v1/work-orders')).json().items;
    assert.equal(
      list.some((o: { id: number }) => o.id === id),
      false,
    );
  });

  test('an extension needs a supervisor and moves only the resolve-by deadline', async () => {
    const code = (await submit({ ...citizenRequest, phone: '13905370015' })).json().code as string;
    const id = await idOf(code);
    await act(dispatcher, id, { action: 'dispatch', organizationId: firmId });
    await act(lawyerA, id, { action: 'accept' });
    const before = (await lawyerA.get(`/api/v1/work-orders/${id}`)).json();
    const asked = await act(lawyerA, id, { action: 'request_extension', extensionDays: 5, reason: '需调取证据' });
    assert.equal(asked.json().extensionRequestedDays, 5);
    assert.equal((await act(lawyerA, id, { action: 'approve_extension' })).statusCode, 403);
    const approved = await act(supervisor, id, { action: 'approve_extension' });
    assert.equal(approved.statusCode, 200, approved.body);
    const after = approved.json();
    assert.ok(new Date(after.resolveBy) > new Date(before.resolveBy));
    assert.equal(after.acceptBy, before.acceptBy);
    assert.equal(after.extensionRequestedDays, null);
  });

  test('deadlines count working days across the Spring Festival and its make-up Saturday', async () => {
    // Friday 2026-02-13 10:00 in Shanghai. Saturday 14 February is a make-up workday (1),
    // 15-23 February are the holiday, then 24, 25, 26, 27 February (2-5): due by 24:00 on the 27th.
    t.setNow(new Date('2026-02-13T02:00:00Z'));
    try {
      const code = (await submit({ ...citizenRequest, phone: '13905370016' })).json().code as string;
      assert.match(code, /^JN20260213-/);
      const order = await t.deps.db
        .selectFrom('workOrder')
        .select('resolveBy')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      assert.equal(order.resolveBy.toISOString(), '2026-02-27T16:00:00.000Z');
    } finally {
      t.setNow(undefined);
    }
  });

  test('tracking numbers come from blocks of the day’s counter: 45 at once are 1…45, three reservations', async () => {
    const day = '2030-01-02';
    const numbers = await Promise.all(Array.from({ length: 45 }, () => nextWorkOrderNumber(t.deps.db, day)));
    assert.deepEqual(
      [...numbers].sort((a, b) => a - b),
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    const counter = await t.deps.db
      .selectFrom('workOrderCounter')
      .select('lastValue')
      .where('day', '=', day)
      .executeTakeFirstOrThrow();
    assert.equal(counter.lastValue, 3 * blockSize);
    assert.equal(await nextWorkOrderNumber(t.deps.db, '2030-01-03'), 1, 'a new day starts at 1');
  });

  test('one citizen by ID number across phones; the newest phone tracks the newest order', async () => {
    const matter = {
      kind: 'consultation',
      channel: 'window',
      description: '工伤认定怎么申请？',
      divisionCode: RENCHENG_TOWN,
    };
    const first = await clerk.post('/api/v1/work-orders', { ...matter, phone: '13905370031', idNumber: ID_NUMBER });
    const second = await clerk.post('/api/v1/work-orders', { ...matter, phone: '13905370032', idNumber: ID_NUMBER });
    assert.equal(second.statusCode, 201, second.body);
    const citizens = await t.deps.db
      .selectFrom('workOrder')
      .select('citizenId')
      .where('id', 'in', [first.json().id, second.json().id])
      .execute();
    assert.equal(new Set(citizens.map((c) => c.citizenId)).size, 1, 'the same person');
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/work-orders/${second.json().code}?phone=13905370032`,
    });
    assert.equal(tracked.statusCode, 200, tracked.body);
  });

  test('a clerk records a matter answered on the spot; a closed order refuses every action', async () => {
    const created = await clerk.post('/api/v1/work-orders', {
      kind: 'consultation',
      channel: 'window',
      description: '离婚后孩子抚养费怎么算？',
      divisionCode: RENCHENG_TOWN,
      phone: '13905370017',
      legalDomain: 'marriage_family',
      answer: '一般为月总收入的百分之二十至三十。',
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json().status, 'answered');
    assert.equal(created.json().legalDomain, 'marriage_family');
    const before = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const unknownDomain = await clerk.post('/api/v1/work-orders', {
      kind: 'consultation',
      channel: 'window',
      description: '离婚后孩子抚养费怎么算？',
      divisionCode: RENCHENG_TOWN,
      phone: '13905370017',
      legalDomain: 'space_law',
    });
    assert.equal(unknownDomain.statusCode, 400, unknownDomain.body);
    assert.equal(unknownDomain.json().errors[0].field, 'body.legalDomain');
    const after = await t.deps.db
      .selectFrom('workOrder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n), 'nothing written');
    const outside = await clerk.post('/api/v1/work-orders', {
      kind: 'consultation',
      channel: 'window',
      description: '邹城的事',
      divisionCode: ZOUCHENG,
      phone: '13905370017',
    });
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().errors[0].field, 'body.divisionCode');
    const id = created.json().id as number;
    const closed = await act(dispatcher, id, { action: 'close' });
    assert.equal(closed.json().status, 'closed');
    const refused = await act(dispatcher, id, { action: 'note', reason: 'x' });
    assert.equal(refused.statusCode, 409);
    assert.deepEqual(refused.json().legalActions, []);
  });
});
