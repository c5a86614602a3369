import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type StaffSession as Session, startTestApp, type TestApp } from '../support/test-app';

// 任城区 (370811) and a township of it; 邹城市 (370883) is another county.
const RENCHENG_TOWN = '370811002000';
const PHONE = '13812341234';
const ID_NUMBER = '370811198503174022';

describe('citizen numbers: masked on the order, revealed in full with citizen.reveal, audited', () => {
  let t: TestApp;
  let clerk: Session;
  let dispatcher: Session;
  let zouchengDispatcher: Session;
  let leader: Session;
  let supervisor: Session;
  let withIdNumber: number;
  let withoutIdNumber: number;

  before(async () => {
    t = await startTestApp();
    clerk = await t.staff(['window_clerk'], '370811000000');
    dispatcher = await t.staff(['dispatcher'], '370811000000');
    zouchengDispatcher = await t.staff(['dispatcher'], '370883000000');
    leader = await t.staff(['leader'], '370800000000');
    supervisor = await t.staff(['supervisor'], '370800000000');
    const intake = async (body: Record<string, unknown>) => {
      const created = await clerk.post('/api/v1/work-orders', {
        kind: 'legal_aid',
        channel: 'window',
        description: '工伤赔偿纠纷，申请法律援助。',
        divisionCode: RENCHENG_TOWN,
        ...body,
      });
      assert.equal(created.statusCode, 201, created.body);
      return created.json().id as number;
    };
    withIdNumber = await intake({ phone: PHONE, name: '周建国', idNumber: ID_NUMBER });
    withoutIdNumber = await intake({ phone: '13912345678', name: '吴芳' });
  });
  after(() => t.close());

  const reveal = (session: Session, id: number, body: unknown) =>
    session.post(`/api/v1/work-orders/${id}/citizen/reveal`, body);

  test('every reader of the order sees both numbers masked', async () => {
    const contact = await leader.get(`/api/v1/work-orders/${withIdNumber}/citizen`);
    assert.equal(contact.statusCode, 200, contact.body);
    const { id, ...masked } = contact.json();
    assert.ok(Number.isInteger(id));
    assert.deepEqual(masked, { name: '周建国', phoneMasked: '138****1234', idNumberMasked: '370811********4022' });
    const none = (await leader.get(`/api/v1/work-orders/${withoutIdNumber}/citizen`)).json();
    assert.equal(none.idNumberMasked, null);
    assert.equal(none.phoneMasked, '139****5678');
  });

  test('a dispatcher in scope gets the full phone and ID number', async () => {
    const phone = await reveal(dispatcher, withIdNumber, { field: 'phone', reason: '回访核实' });
    assert.equal(phone.statusCode, 200, phone.body);
    assert.deepEqual(phone.json(), { phone: PHONE });
    const idNumber = await reveal(dispatcher, withIdNumber, { field: 'idNumber' });
    assert.equal(idNumber.statusCode, 200, idNumber.body);
    assert.deepEqual(idNumber.json(), { idNumber: ID_NUMBER });
  });

  test('each reveal is audited with who, order, citizen, field and ip, never the number', async () => {
    const before = await t.deps.db.selectFrom('auditLog').select('id').orderBy('id', 'desc').executeTakeFirst();
    assert.equal(
      (await reveal(supervisor, withIdNumber, { field: 'idNumber', reason: '督办核实身份' })).statusCode,
      200,
    );
    const entries = await t.deps.db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', before?.id ?? 0)
      .where('action', '=', 'citizen.reveal')
      .execute();
    assert.equal(entries.length, 1);
    const [entry] = entries;
    const order = (await supervisor.get(`/api/v1/work-orders/${withIdNumber}`)).json();
    assert.equal(entry?.actorId, supervisor.userId);
    assert.equal(entry?.entityType, 'citizen');
    assert.equal(entry?.entityId, String(order.citizen.id));
    assert.equal(entry?.divisionCode, RENCHENG_TOWN);
    assert.ok(entry?.ip, 'the ip is recorded');
    assert.deepEqual(entry?.detail, {
      field: 'idNumber',
      workOrderId: withIdNumber,
      workOrderCode: order.code,
      reason: '督办核实身份',
    });
    const stored = JSON.stringify(entries);
    assert.ok(!stored.includes(ID_NUMBER) && !stored.includes(PHONE), 'no number in the audit trail');

    // The scoped audit listing shows it to a reader of the trail, by citizen.
    const listed = (await supervisor.get(`/api/v1/audit-log?entityType=citizen&entityId=${order.citizen.id}`)).json();
    assert.equal(listed.items[0].action, 'citizen.reveal');
    assert.equal(listed.items[0].detail.field, 'idNumber');
  });

  test('without citizen.reveal: 403, and nothing is audited', async () => {
    const count = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('auditLog')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', 'citizen.reveal')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const refused = await reveal(leader, withIdNumber, { field: 'phone' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'forbidden');
    assert.ok(!refused.body.includes(PHONE));
    assert.equal(await count(), before);
  });

  test("another county's order is not found, exactly like other work-order reads", async () => {
    const outside = await reveal(zouchengDispatcher, withIdNumber, { field: 'phone' });
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.json().code, 'not_found');
    const read = await zouchengDispatcher.get(`/api/v1/work-orders/${withIdNumber}`);
    assert.equal(read.statusCode, 404);
    assert.equal((await zouchengDispatcher.get(`/api/v1/work-orders/${withIdNumber}/citizen`)).statusCode, 404);
  });

  test('no ID number on record: 404 naming the field', async () => {
    const missing = await reveal(dispatcher, withoutIdNumber, { field: 'idNumber' });
    assert.equal(missing.statusCode, 404);
    const problem = missing.json();
    assert.equal(problem.code, 'not_found');
    assert.match(problem.detail, /idNumber/);
    assert.deepEqual(problem.errors, [{ field: 'body.field', message: 'no idNumber on record', code: 'not_recorded' }]);
    assert.deepEqual((await reveal(dispatcher, withoutIdNumber, { field: 'phone' })).json(), { phone: '13912345678' });
  });

  test('an unknown field is a 400 naming body.field; unknown keys are refused', async () => {
    const bad = await reveal(dispatcher, withIdNumber, { field: 'address' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'validation_failed');
    assert.ok(
      bad.json().errors.some((e: { field: string }) => e.field === 'body.field'),
      bad.body,
    );
    const missingField = await reveal(dispatcher, withIdNumber, {});
    assert.equal(missingField.statusCode, 400);
    assert.ok(missingField.json().errors.some((e: { field: string }) => e.field === 'body.field'));
    const extra = await reveal(dispatcher, withIdNumber, { field: 'phone', phone: 'x' });
    assert.equal(extra.statusCode, 400);
    assert.ok(extra.json().errors.some((e: { field: string }) => e.field === 'body.phone'));
  });

  test('anonymous callers get 401', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work-orders/${withIdNumber}/citizen/reveal`,
      payload: { field: 'phone' },
    });
    assert.equal(response.statusCode, 401);
  });
});
