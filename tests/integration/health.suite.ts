import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app';

describe('health, documentation and headers', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('healthz and readyz answer', async () => {
    assert.deepEqual((await t.app.inject({ url: '/healthz' })).json(), { status: 'ok' });
    assert.equal((await t.app.inject({ url: '/readyz' })).json().status, 'ready');
  });

  test('OpenAPI 3.1 document and its reference page', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/v1/divisions']);
    assert.ok(doc.paths['/api/v1/accounts/{id}']);
    const page = await t.app.inject({ url: '/api/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /swagger/i);
  });

  test('security headers and a request id on every answer', async () => {
    const response = await t.app.inject({ url: '/api/v1/divisions', headers: { 'x-request-id': 'trace-123' } });
    assert.equal(response.headers['x-request-id'], 'trace-123');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['content-security-policy']), /default-src 'self'/);
  });
});
