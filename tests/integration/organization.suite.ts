import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp, uniqueName } from '../support/test-app';

describe('directory scoped to the caller', () => {
  let t: TestApp;
  let orgIds: number[] = [];
  before(async () => {
    t = await startTestApp();
    const orgs = await t.deps.db
      .insertInto('organization')
      .values([
        { kind: 'law_firm', name: '山东任城测试律师事务所', divisionCode: '370811002000' },
        { kind: 'notary_office', name: '邹城市测试公证处', divisionCode: '370883000000' },
      ])
      .returning(['id', 'divisionCode'])
      .execute();
    orgIds = orgs.map((o) => o.id);
    await t.deps.db
      .insertInto('professional')
      .values(
        orgs.map((o, i) => ({
          kind: i === 0 ? 'lawyer' : 'notary',
          name: i === 0 ? '任律师' : '邹公证员',
          organizationId: o.id,
          divisionCode: o.divisionCode,
          phoneCipher: t.deps.cipher.encrypt('13900001111'),
          phoneHash: t.deps.cipher.lookupHash('13900001111'),
        })),
      )
      .execute();
  });
  after(() => t.close());

  test('a county user sees only that county’s organisations and people, phones masked', async () => {
    const admin = await t.admin();
    const username = uniqueName('o');
    await admin.post('/api/v1/accounts', {
      username,
      displayName: '任城派单员',
      roles: ['dispatcher'],
      scopeDivisionCode: '370811000000',
      password: 'dispatch-pass-1',
    });
    const session = await t.login(username, 'dispatch-pass-1');
    const orgs = (await session.get('/api/v1/organizations')).json().items;
    assert.deepEqual(
      orgs.map((o: { name: string }) => o.name),
      ['山东任城测试律师事务所'],
    );
    assert.equal(orgs[0].professionalCount, 1);
    const people = (await session.get('/api/v1/professionals')).json().items;
    assert.deepEqual(
      people.map((p: { name: string; phoneMasked: string }) => [p.name, p.phoneMasked]),
      [['任律师', '139****1111']],
    );
    const summary = (await session.get('/api/v1/scope/summary')).json();
    assert.deepEqual(summary.divisions, { county: 1, township: 18, village: 439 });
    assert.deepEqual(summary.organizations, [{ kind: 'law_firm', count: 1 }]);

    const [inside, outside] = orgIds;
    const detail = await session.get(`/api/v1/organizations/${inside}`);
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().name, '山东任城测试律师事务所');
    const hidden = await session.get(`/api/v1/organizations/${outside}`);
    assert.equal(hidden.statusCode, 404, 'another county’s organisation does not exist for this user');
    assert.equal(hidden.json().code, 'not_found');
    assert.equal((await session.get('/api/v1/organizations/2147483647')).statusCode, 404);
    assert.equal((await admin.get(`/api/v1/organizations/${outside}`)).statusCode, 200);

    const cityWide = (await admin.get('/api/v1/organizations?kind=notary_office')).json().items;
    assert.deepEqual(
      cityWide.map((o: { name: string }) => o.name),
      ['邹城市测试公证处'],
    );
  });

  test('cursor paging walks every row once', async () => {
    const admin = await t.admin();
    const first = (await admin.get('/api/v1/organizations?limit=1')).json();
    assert.equal(first.items.length, 1);
    assert.ok(first.nextCursor);
    const second = (await admin.get(`/api/v1/organizations?limit=1&cursor=${first.nextCursor}`)).json();
    assert.notEqual(second.items[0].id, first.items[0].id);
    const bad = await admin.get('/api/v1/organizations?cursor=bm90LWEtbnVtYmVy');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'query.cursor');
  });
});
