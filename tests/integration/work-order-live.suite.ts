import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../../src/server/db/database';
import { workOrderChannel } from '../../src/server/modules/work-order/work-order.feed';
import { type Session, startTestApp, type TestApp, testDatabaseKind } from '../support/test-app';
import type { TestDatabase } from '../support/test-databases';

describe('live queues: changes announced to every process, streamed to browsers in scope', () => {
  let t: TestApp;
  let base: string;
  before(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
  });
  after(() => t.close());

  const submit = (divisionCode: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/public/work-orders',
      payload: { kind: 'consultation', description: '实时队列测试', divisionCode, phone: '13905378888' },
    });

  /** Opens the event stream and resolves with the data of the first `work-order` event. */
  async function firstEvent(session: Session) {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/v1/work-orders/stream`, {
      headers: { cookie: session.cookie },
      signal: controller.signal,
    });
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    const event = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += decoder.decode(value, { stream: true });
        const match = /event: work-order\ndata: (.+)\n\n/.exec(text);
        if (match) {
          controller.abort();
          return JSON.parse(match[1] as string) as { code: string; divisionCode: string; status: string };
        }
      }
    })();
    return { event };
  }

  test('an intake is announced on commit to a listener on the same database', async () => {
    const received: string[] = [];
    const unsubscribe = await t.deps.listen(workOrderChannel, (payload) => received.push(payload));
    const created = await submit('370811002000');
    await new Promise((r) => setTimeout(r, 300));
    unsubscribe();
    assert.ok(received.some((p) => JSON.parse(p).code === created.json().code));
  });

  test('another server process on the same PostgreSQL hears it too', {
    skip: testDatabaseKind === 'pglite' && 'the embedded database belongs to one process',
  }, async () => {
    const other = await openDatabase({ databaseUrl: (t.database as TestDatabase).url, poolSize: 1 });
    try {
      const received: string[] = [];
      await other.listen(workOrderChannel, (payload) => received.push(payload));
      const created = await submit('370811002000');
      const deadline = Date.now() + 3000;
      while (!received.some((p) => JSON.parse(p).code === created.json().code) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      assert.ok(received.some((p) => JSON.parse(p).code === created.json().code));
    } finally {
      await other.close();
    }
  });

  test('each stream carries only changes inside its user’s scope', async () => {
    const rencheng = await t.staff(['dispatcher'], '370811000000');
    const zoucheng = await t.staff(['dispatcher'], '370883000000');
    const renchengStream = await firstEvent(rencheng);
    const zouchengStream = await firstEvent(zoucheng);
    await new Promise((r) => setTimeout(r, 200)); // both subscribed
    const inRencheng = (await submit('370811002000')).json().code;
    const inZoucheng = (await submit('370883105000')).json().code;
    assert.equal((await renchengStream.event).code, inRencheng);
    assert.equal((await zouchengStream.event).code, inZoucheng, 'the 任城 change never reached 邹城');
  });
});
