import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { retryDelaysMinutes, sendDueMessages } from '../../src/server/modules/message/message.service';
import { logSmsProvider, type SmsProvider } from '../../src/server/modules/message/sms.provider';
import { startTestApp, type TestApp } from '../support/test-app';

describe('messages to citizens: outbox, sending job, retries', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const outboxOf = (workOrderId: number) =>
    t.deps.db.selectFrom('messageOutbox').selectAll().where('workOrderId', '=', workOrderId).execute();

  test('answered on the spot: a rating link goes out by SMS, retried when the gateway fails', async () => {
    const clerk = await t.staff(['window_clerk'], '370811000000');
    const created = await clerk.post('/api/v1/work-orders', {
      kind: 'consultation',
      channel: 'window',
      description: '租房押金不退怎么办',
      divisionCode: '370811002000',
      phone: '13905375555',
      answer: '可先协商，协商不成可申请人民调解或起诉。',
    });
    assert.equal(created.statusCode, 201, created.body);
    const [queued] = await outboxOf(created.json().id);
    assert.ok(queued);
    assert.equal(queued.status, 'pending');
    assert.match(queued.body, new RegExp(`${created.json().code}.*service/track\\?code=`));
    assert.notEqual(queued.recipientCipher, '13905375555', 'the number is stored encrypted');

    const now = new Date();
    t.setNow(now);
    const down: SmsProvider = {
      name: 'down',
      send: async () => {
        throw new Error('gateway timeout');
      },
    };
    const failed = await sendDueMessages(t.deps, down);
    assert.ok(failed.retried >= 1);
    const [afterFailure] = await outboxOf(created.json().id);
    assert.equal(afterFailure?.status, 'pending');
    assert.equal(afterFailure?.attempts, 1);
    assert.equal(afterFailure?.lastError, 'gateway timeout');
    assert.equal(afterFailure?.nextAttemptAt.getTime(), now.getTime() + (retryDelaysMinutes[0] as number) * 60_000);

    const sentTo: string[] = [];
    const log = { info: (o: { sms?: { to: string } }) => o.sms && sentTo.push(o.sms.to) };
    assert.equal((await sendDueMessages(t.deps, logSmsProvider(log))).sent, 0, 'not due yet');
    t.setNow(new Date(now.getTime() + 2 * 60_000));
    await sendDueMessages(t.deps, logSmsProvider(log));
    const [sent] = await outboxOf(created.json().id);
    assert.equal(sent?.status, 'sent');
    assert.ok(sent?.providerMessageId);
    assert.ok(sentTo.includes('139****5555'), 'the log shows the number masked');
    t.setNow(undefined);
  });
});
