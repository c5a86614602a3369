import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startTestApp, type TestApp } from '../support/test-app';

describe('divisions', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  test('the root is the city, public, with its 12 county-level units below', async () => {
    const root = await t.app.inject({ url: '/api/v1/divisions' });
    assert.equal(root.statusCode, 200);
    assert.deepEqual(
      root.json().items.map((d: { code: string; name: string }) => [d.code, d.name]),
      [['370800000000', '济宁市']],
    );
    assert.equal(root.json().items[0].childCount, 12);
    const counties = await t.app.inject({ url: '/api/v1/divisions?parent=370800000000' });
    assert.equal(counties.json().items.length, 12);
    assert.ok(counties.json().items.every((d: { level: string }) => d.level === 'county'));
  });

  test('a township lists its villages; a village has no children', async () => {
    const townships = (await t.app.inject({ url: '/api/v1/divisions?parent=370811000000&limit=200' })).json().items;
    assert.equal(townships.length, 18);
    const [first] = townships;
    const villages = (await t.app.inject({ url: `/api/v1/divisions?parent=${first.code}&limit=200` })).json().items;
    assert.equal(villages.length, first.childCount);
    assert.ok(
      villages.every((v: { level: string; childCount: number }) => v.level === 'village' && v.childCount === 0),
    );
  });

  test('search by name puts coarser levels first; search by code is a prefix match', async () => {
    const byName = (await t.app.inject({ url: `/api/v1/divisions?q=${encodeURIComponent('任城')}` })).json().items;
    assert.equal(byName[0].code, '370811000000');
    const byCode = (await t.app.inject({ url: '/api/v1/divisions?q=370883' })).json().items;
    assert.ok(byCode.length > 0 && byCode.every((d: { code: string }) => d.code.startsWith('370883')));
  });

  test('detail gives the path for breadcrumbs', async () => {
    const villages = (await t.app.inject({ url: '/api/v1/divisions?parent=370811002000' })).json().items;
    const detail = (await t.app.inject({ url: `/api/v1/divisions/${villages[0].code}` })).json();
    assert.deepEqual(
      detail.path.map((p: { level: string }) => p.level),
      ['province', 'city', 'county', 'township'],
    );
  });

  const badRequests: [string, number, string][] = [
    ['/api/v1/divisions/12345', 400, 'path.code'],
    ['/api/v1/divisions?parent=abc', 400, 'query.parent'],
    ['/api/v1/divisions?limit=0', 400, 'query.limit'],
    ['/api/v1/divisions?colour=red', 400, 'query.colour'],
  ];
  for (const [url, status, field] of badRequests) {
    test(`GET ${url} answers ${status} naming ${field}`, async () => {
      const response = await t.app.inject({ url });
      assert.equal(response.statusCode, status);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      assert.ok(
        response.json().errors.some((e: { field: string }) => e.field === field),
        response.body,
      );
    });
  }

  test('an unknown code answers 404 problem+json', async () => {
    const response = await t.app.inject({ url: '/api/v1/divisions/370811999999' });
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'not_found');
  });
});
