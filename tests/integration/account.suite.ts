import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Session, startTestApp, type TestApp, uniqueName } from '../support/test-app';

describe('accounts and data scopes', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.admin();
  });
  after(() => t.close());

  async function create(body: Record<string, unknown>) {
    return admin.post('/api/v1/accounts', {
      username: uniqueName('a'),
      displayName: '张三',
      roles: ['window_clerk'],
      scopeDivisionCode: '370811000000',
      ...body,
    });
  }

  test('create returns a temporary password once, masked phone, and an audit entry', async () => {
    const response = await create({ phone: '13812345678' });
    assert.equal(response.statusCode, 201, response.body);
    const { account, temporaryPassword } = response.json();
    assert.match(temporaryPassword, /^[A-Za-z0-9]{12}$/);
    assert.equal(account.phoneMasked, '138****5678');
    assert.equal(account.mustChangePassword, true);
    const session = await t.login(account.username, temporaryPassword);
    assert.equal((await session.get('/api/v1/auth/me')).json().mustChangePassword, true);
    const audit = (await admin.get(`/api/v1/audit-log?entityType=account&entityId=${account.id}`)).json().items;
    assert.ok(audit.some((e: { action: string }) => e.action === 'account.create'));
    const stored = await t.deps.db
      .selectFrom('appUser')
      .select(['phoneCipher'])
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    assert.ok(!stored.phoneCipher?.includes('13812345678'), 'the phone is stored encrypted');
  });

  test('a county-scoped administrator sees only that county, and other records answer 404', async () => {
    const countyAdmin = uniqueName('ca');
    await create({
      username: countyAdmin,
      roles: ['admin'],
      scopeDivisionCode: '370811000000',
      password: 'county-admin-1',
    });
    const inside = (await create({ scopeDivisionCode: '370811002000' })).json().account;
    const outside = (await create({ scopeDivisionCode: '370883000000' })).json().account;
    const session = await t.login(countyAdmin, 'county-admin-1');

    const list = (await session.get('/api/v1/accounts?limit=200')).json().items;
    assert.ok(list.length > 0);
    assert.ok(list.every((a: { scope: { code: string } }) => a.scope.code.startsWith('370811')));
    assert.equal((await session.get(`/api/v1/accounts/${inside.id}`)).statusCode, 200);
    const hidden = await session.get(`/api/v1/accounts/${outside.id}`);
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json().code, 'not_found');
    assert.equal(
      (await session.patch(`/api/v1/accounts/${outside.id}`, { version: 1, displayName: 'x' })).statusCode,
      404,
    );
    assert.equal((await session.post(`/api/v1/accounts/${outside.id}/reset-password`)).statusCode, 404);

    const beyond = await session.post('/api/v1/accounts', {
      username: uniqueName('b'),
      displayName: '越权',
      roles: ['leader'],
      scopeDivisionCode: '370800000000',
    });
    assert.equal(beyond.statusCode, 400);
    assert.equal(beyond.json().errors[0].field, 'body.scopeDivisionCode');
  });

  test('a failed create leaves nothing behind', async () => {
    const username = uniqueName('f');
    const response = await create({ username, organizationId: 2_000_000_000 });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].field, 'body.organizationId');
    const rows = await t.deps.db.selectFrom('appUser').select('id').where('username', '=', username).execute();
    assert.equal(rows.length, 0);
    const audit = await t.deps.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'account.create')
      .where('detail', '@>', JSON.stringify({ username }))
      .execute();
    assert.equal(audit.length, 0);
  });

  test('a taken username answers 409 naming the field', async () => {
    const username = uniqueName('d');
    await create({ username });
    const again = await create({ username: username.toUpperCase() });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().errors[0].field, 'body.username');
  });

  test('a stale version answers 409 and changes nothing', async () => {
    const { account } = (await create({})).json();
    const first = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      displayName: '李四',
    });
    assert.equal(first.statusCode, 200);
    const stale = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      displayName: '王五',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().code, 'version_conflict');
    assert.equal((await admin.get(`/api/v1/accounts/${account.id}`)).json().displayName, '李四');
  });

  test('roles and scope change; the user must log in again', async () => {
    const { account } = (await create({ password: 'change-me-123' })).json();
    const session = await t.login(account.username, 'change-me-123');
    const updated = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      roles: ['dispatcher', 'supervisor'],
      scopeDivisionCode: '370883000000',
    });
    assert.equal(updated.statusCode, 200);
    assert.deepEqual(updated.json().roles, ['dispatcher', 'supervisor']);
    assert.equal(updated.json().scope.name, '邹城市');
    assert.equal((await session.get('/api/v1/auth/me')).statusCode, 401);
    const me = (await (await t.login(account.username, 'change-me-123')).get('/api/v1/auth/me')).json();
    assert.equal(me.home, '/workbench/dispatch');
  });

  test('reset password issues a temporary one and forces a change', async () => {
    const { account } = (await create({ password: 'old-password-1' })).json();
    const reset = await admin.post(`/api/v1/accounts/${account.id}/reset-password`);
    assert.equal(reset.statusCode, 200);
    const { temporaryPassword } = reset.json();
    const session = await t.login(account.username, temporaryPassword);
    assert.equal((await session.get('/api/v1/auth/me')).json().mustChangePassword, true);
  });

  test('revealing a phone is audited', async () => {
    const { account } = (await create({ phone: '0537-2345678' })).json();
    const reveal = await admin.post(`/api/v1/accounts/${account.id}/reveal-phone`);
    assert.equal(reveal.json().phone, '0537-2345678');
    const audit = (await admin.get(`/api/v1/audit-log?entityType=account&entityId=${account.id}`)).json().items;
    assert.equal(audit[0].action, 'account.reveal_phone');
  });

  test('administrators cannot lock themselves out', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const account = (await admin.get(`/api/v1/accounts/${me.id}`)).json();
    const response = await admin.patch(`/api/v1/accounts/${me.id}`, { version: account.version, isDisabled: true });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].field, 'body.isDisabled');
  });

  test('staff without account.manage get 403; anonymous callers 401', async () => {
    const username = uniqueName('l');
    await create({ username, roles: ['leader'], password: 'leader-pass-1' });
    const leader = await t.login(username, 'leader-pass-1');
    assert.equal((await leader.get('/api/v1/accounts')).statusCode, 403);
    assert.equal((await t.app.inject({ url: '/api/v1/accounts' })).statusCode, 401);
  });

  test('the audit trail cannot be rewritten', async () => {
    await assert.rejects(t.deps.db.updateTable('auditLog').set({ action: 'forged' }).execute(), /append-only/);
    await assert.rejects(t.deps.db.deleteFrom('auditLog').execute(), /append-only/);
  });
});
