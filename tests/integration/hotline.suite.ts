import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../support/test-app';

describe('hotline: calls, screen-pop, answered on the spot, duplicates', () => {
  let t: TestApp;
  let agent: Session;
  before(async () => {
    t = await startTestApp();
    agent = await t.staff(['hotline_agent'], '370800000000');
  });
  after(() => t.close());

  const order = {
    kind: 'consultation',
    channel: 'hotline',
    description: '公司拖欠工资三个月，老板失联了',
    divisionCode: '370811002000',
    phone: '13905371111',
  };

  test('a call pops up the caller’s earlier orders; answered on the spot; the duration is recorded', async () => {
    const first = await agent.post('/api/v1/hotline/calls', { callerNumber: '13905371111', line: '12348' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().citizen, null, 'a first-time caller');
    assert.equal(first.json().call.callerMasked, '139****1111');

    const recorded = await agent.post(`/api/v1/hotline/calls/${first.json().call.id}/work-order`, {
      ...order,
      answer: '可向劳动监察大队投诉，或申请劳动仲裁。',
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    assert.equal(recorded.json().status, 'answered');
    assert.equal(recorded.json().channel, 'hotline');
    const again = await agent.post(`/api/v1/hotline/calls/${first.json().call.id}/work-order`, order);
    assert.equal(again.statusCode, 409, 'one order per call');

    const started = new Date(first.json().call.startedAt);
    const ended = await agent.post(`/api/v1/hotline/calls/${first.json().call.id}/end`, {
      endedAt: new Date(started.getTime() + 185_000).toISOString(),
    });
    assert.equal(ended.json().durationSeconds, 185);
    assert.equal(ended.json().workOrderId, recorded.json().id);

    const second = await agent.post('/api/v1/hotline/calls', { callerNumber: '13905371111', line: '12348' });
    assert.ok(second.json().citizen);
    assert.deepEqual(
      second.json().recentOrders.map((o: { code: string }) => o.code),
      [recorded.json().code],
    );
  });

  test('the same caller with a similar open matter is a possible duplicate', async () => {
    const call = (await agent.post('/api/v1/hotline/calls', { callerNumber: '13905372222', line: '12348' })).json();
    await agent.post(`/api/v1/hotline/calls/${call.call.id}/work-order`, { ...order, phone: '13905372222' });
    const query = (description: string) =>
      agent.get(
        `/api/v1/hotline/duplicates?phone=13905372222&kind=consultation&description=${encodeURIComponent(description)}`,
      );
    const similar = (await query('还是拖欠工资的事，老板还是联系不上')).json().items;
    assert.equal(similar.length, 1);
    assert.ok(similar[0].score >= 0.4);
    const different = (await query('邻居装修噪音扰民')).json().items;
    assert.equal(different.length, 0);
  });

  test('a reloaded console resumes the call still on the line; another agent does not see it', async () => {
    const mine = await t.staff(['hotline_agent'], '370800000000');
    const other = await t.staff(['hotline_agent'], '370800000000');
    assert.deepEqual((await mine.get('/api/v1/hotline/calls/current')).json(), { call: null });

    const received = (await mine.post('/api/v1/hotline/calls', { callerNumber: '13905371111', line: '12348' })).json();
    const current = await mine.get('/api/v1/hotline/calls/current');
    assert.equal(current.statusCode, 200, current.body);
    assert.equal(current.json().call.pop.call.id, received.call.id);
    assert.equal(current.json().call.callerNumber, '13905371111');
    assert.deepEqual(current.json().call.pop.recentOrders, received.recentOrders, 'the same screen-pop');
    assert.deepEqual((await other.get('/api/v1/hotline/calls/current')).json(), { call: null });

    await mine.post(`/api/v1/hotline/calls/${received.call.id}/end`, {});
    assert.deepEqual((await mine.get('/api/v1/hotline/calls/current')).json(), { call: null }, 'hung up');
  });

  test('bad call events are 4xx naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ callerNumber: 'abc', line: '12348' }, 'body.callerNumber'],
      [{ callerNumber: '13905371111', line: '一二三' }, 'body.line'],
      [{ callerNumber: '13905371111', line: '12348', startedAt: 'yesterday' }, 'body.startedAt'],
      [{ callerNumber: '13905371111', line: '12348', extra: 1 }, 'body'],
    ];
    for (const [payload, field] of cases) {
      const response = await agent.post('/api/v1/hotline/calls', payload);
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(
        response.json().errors.some((e: { field: string }) => e.field.startsWith(field)),
        response.body,
      );
    }
    assert.equal((await agent.post('/api/v1/hotline/calls/999999/end', {})).statusCode, 404);
  });
});
