import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN_PASSWORD, startTestApp, type TestApp, uniqueName } from '../support/test-app';

describe('authentication', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  async function createUser(password = 'initial-pass-1') {
    const admin = await t.admin();
    const username = uniqueName('u');
    const response = await admin.post('/api/v1/accounts', {
      username,
      displayName: '测试用户',
      roles: ['hotline_agent'],
      scopeDivisionCode: '370800000000',
      password,
    });
    assert.equal(response.statusCode, 201, response.body);
    return { username, password, id: response.json().account.id as number };
  }

  test('login sets an http-only SameSite session cookie and returns the role home', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'fatong_session');
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(response.json().home, '/admin/users');
    assert.deepEqual(response.json().scope, { code: '370800000000', name: '济宁市', level: 'city' });
  });

  test('a wrong password answers 401 invalid_credentials, the same as an unknown user', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody-here', password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().code, 'invalid_credentials');
    assert.equal(wrong.json().detail, unknown.json().detail);
  });

  test('five failures lock the username for a while, even with the right password', async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: 'x' },
      });
    }
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
    });
    assert.equal(response.statusCode, 429);
    assert.equal(response.json().code, 'too_many_requests');
  });

  test('writes without the CSRF token are refused; with it they pass', async () => {
    const session = await t.admin();
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { cookie: session.cookie },
      payload: { username: uniqueName('c'), displayName: 'x', roles: ['leader'], scopeDivisionCode: '370800000000' },
    });
    assert.equal(without.statusCode, 403);
    assert.equal(without.json().code, 'csrf_failed');
  });

  test('login from another site is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    assert.equal(response.statusCode, 403);
  });

  test('logout ends the session', async () => {
    const session = await t.admin();
    assert.equal((await session.get('/api/v1/auth/me')).statusCode, 200);
    assert.equal((await session.post('/api/v1/auth/logout')).statusCode, 200);
    const after = await session.get('/api/v1/auth/me');
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().code, 'unauthenticated');
  });

  test('a session expires after 12 idle hours', async () => {
    const session = await t.admin();
    t.setNow(new Date(Date.now() + 13 * 3600 * 1000));
    try {
      assert.equal((await session.get('/api/v1/auth/me')).statusCode, 401);
    } finally {
      t.setNow(new Date());
    }
  });

  test('changing one’s password needs the current one and signs out other sessions', async () => {
    const user = await createUser();
    const first = await t.login(user.username, user.password);
    const second = await t.login(user.username, user.password);
    const wrong = await first.post('/api/v1/auth/password', { currentPassword: 'bad', newPassword: 'brand-new-pass' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].field, 'body.currentPassword');
    const ok = await first.post('/api/v1/auth/password', {
      currentPassword: user.password,
      newPassword: 'brand-new-pass',
    });
    assert.equal(ok.statusCode, 200);
    assert.equal((await first.get('/api/v1/auth/me')).statusCode, 200);
    assert.equal((await second.get('/api/v1/auth/me')).statusCode, 401);
    await t.login(user.username, 'brand-new-pass');
  });

  test('a disabled account cannot log in and its sessions end at once', async () => {
    const user = await createUser();
    const session = await t.login(user.username, user.password);
    const admin = await t.admin();
    const account = (await admin.get(`/api/v1/accounts/${user.id}`)).json();
    const disabled = await admin.patch(`/api/v1/accounts/${user.id}`, { version: account.version, isDisabled: true });
    assert.equal(disabled.statusCode, 200);
    assert.equal((await session.get('/api/v1/auth/me')).statusCode, 401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
    });
    assert.equal(again.statusCode, 403);
    assert.equal(again.json().code, 'account_disabled');
  });

  test('every role lands on its own home', async () => {
    const admin = await t.admin();
    const homes: [string, string][] = [
      ['hotline_agent', '/workbench/hotline'],
      ['window_clerk', '/workbench/window'],
      ['dispatcher', '/workbench/dispatch'],
      ['lawyer', '/workbench/handler'],
      ['mediator', '/workbench/handler'],
      ['village_legal_advisor', '/workbench/handler'],
      ['supervisor', '/workbench/supervision'],
      ['leader', '/workbench/overview'],
      ['finance_officer', '/workbench/finance'],
      ['admin', '/admin/users'],
    ];
    for (const [role, home] of homes) {
      const username = uniqueName('r');
      await admin.post('/api/v1/accounts', {
        username,
        displayName: role,
        roles: [role],
        scopeDivisionCode: '370811000000',
        password: 'role-pass-123',
      });
      const me = (await (await t.login(username, 'role-pass-123')).get('/api/v1/auth/me')).json();
      assert.equal(me.home, home, role);
    }
  });
});
