import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { roles } from '../../src/shared/domain/role';
import { type Session, startTestApp, type TestApp } from '../support/test-app';

interface BodySchema {
  properties?: Record<string, unknown>;
  anyOf?: BodySchema[];
}

/** Property names of an object body, looking through `anyOf` (an optional or nullable body). */
function bodyProperties(schema: BodySchema): string[] {
  return [...Object.keys(schema.properties ?? {}), ...(schema.anyOf ?? []).flatMap(bodyProperties)];
}

interface Operation {
  method: string;
  path: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: BodySchema }> };
}

/**
 * Sends malformed requests to every route in the OpenAPI document and demands a 4xx
 * problem+json each time: bad input must never reach a 500.
 */
describe('every route refuses malformed input with a 4xx problem', () => {
  let t: TestApp;
  let admin: Session;
  let operations: Operation[] = [];
  before(async () => {
    t = await startTestApp();
    // Every role at once, so each route's guard lets the request through to its validation.
    const created = await (await t.admin()).post('/api/v1/accounts', {
      username: 'fuzz_all_roles',
      displayName: '全部角色',
      roles: [...roles],
      scopeDivisionCode: '370800000000',
      password: 'fuzz-all-roles-1',
    });
    assert.equal(created.statusCode, 201, created.body);
    admin = await t.login('fuzz_all_roles', 'fuzz-all-roles-1');
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, ...op })),
    );
  });
  after(() => t.close());

  function assertProblem(response: LightMyRequestResponse, label: string) {
    assert.ok(
      response.statusCode >= 400 && response.statusCode < 500,
      `${label}: ${response.statusCode} ${response.body}`,
    );
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/, label);
    const body = response.json();
    assert.equal(typeof body.code, 'string', label);
    assert.equal(typeof body.detail, 'string', label);
  }

  const fill = (path: string, value: string) => path.replace(/\{[^}]+\}/g, value);
  const validPathValue = (path: string) => {
    if (path.includes('/public/work-orders/{code}') || path.includes('/public/legal-aid/applications/{code}'))
      return 'JN20261122-00042';
    if (path.includes('/legal-domains/{code}')) return 'labor_dispute';
    if (path.includes('/legal-aid/exemptions/{code}')) return 'good_samaritan';
    if (path.includes('{code}')) return '370811000000';
    if (path.includes('{date}')) return '2026-10-10';
    return '1';
  };

  test('the document lists the API', () => {
    assert.ok(operations.length >= 12, `only ${operations.length} operations`);
  });

  test('bad path parameters', async () => {
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      for (const value of ['abc', '-1', '9'.repeat(30), '%00', '1.5', '%E4%BD%A0']) {
        const url = fill(op.path, value);
        assertProblem(await admin.request({ method: op.method as 'GET', url, payload: {} }), `${op.method} ${url}`);
      }
    }
  });

  test('unknown and wrongly typed query parameters', async () => {
    for (const op of operations.filter((o) => o.method === 'GET')) {
      const base = fill(op.path, validPathValue(op.path));
      const queryParams = op.parameters?.filter((p) => p.in === 'query') ?? [];
      if (queryParams.length > 0) {
        assertProblem(await admin.get(`${base}?unexpected=1`), `${op.method} ${base}?unexpected`);
      }
      for (const param of queryParams) {
        for (const value of ['%00', 'x'.repeat(300), '-99999999999999999999', '[object]']) {
          const url = `${base}?${param.name}=${value}`;
          const response = await admin.get(url);
          // Some of these are valid for free-text parameters; what matters is never a 500.
          if (response.statusCode >= 400) assertProblem(response, `GET ${url}`);
          else assert.equal(response.statusCode, 200, `GET ${url}`);
        }
      }
    }
  });

  test('malformed, mistyped, oversize and unknown-field bodies', async () => {
    for (const op of operations.filter((o) => ['POST', 'PATCH', 'PUT'].includes(o.method))) {
      const url = fill(op.path, validPathValue(op.path));
      const label = `${op.method} ${op.path}`;
      const send = (payload: string, contentType = 'application/json') =>
        admin.request({ method: op.method as 'POST', url, payload, headers: { 'content-type': contentType } });

      const malformed = await send('{"username": ');
      assertProblem(malformed, `${label} malformed`);
      assert.equal(malformed.json().code, 'malformed_json', label);
      const oversize = await send(JSON.stringify({ text: 'x'.repeat(300 * 1024) }));
      assert.equal(oversize.statusCode, 413, `${label} oversize`);
      assertProblem(oversize, `${label} oversize`);
      assertProblem(await send('username=admin', 'text/plain'), `${label} text/plain`);

      const schema = op.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      // An optional body may be absent, which a JSON null stands for.
      const acceptsNull = !op.requestBody?.required || JSON.stringify(schema).includes('"null"');
      const wrongBodies = acceptsNull ? ['[]', '"text"', '42'] : ['[]', '"text"', '42', 'null'];
      for (const body of wrongBodies) assertProblem(await send(body), `${label} body ${body}`);
      const properties = bodyProperties(schema);
      const withNul = Object.fromEntries(properties.map((p) => [p, 'a\u0000b']));
      assertProblem(await send(JSON.stringify(withNul)), `${label} NUL characters`);
      const mistyped = Object.fromEntries(properties.map((p) => [p, { nested: [true] }]));
      const response = await send(JSON.stringify(mistyped));
      assertProblem(response, `${label} mistyped`);
      if (properties.length > 0) {
        const fields = response.json().errors.map((e: { field: string }) => e.field);
        assert.ok(
          fields.some((f: string) => f.startsWith('body.')),
          `${label} names body fields: ${fields}`,
        );
      }
      const unknown = await send(JSON.stringify({ ...mistyped, surprise: 1 }));
      assertProblem(unknown, `${label} unknown field`);
      if (properties.length > 0) {
        assert.ok(
          unknown.json().errors.some((e: { field: string }) => e.field === 'body.surprise'),
          `${label} names body.surprise: ${unknown.body}`,
        );
      }
    }
  });

  test('unknown routes and methods', async () => {
    assertProblem(await admin.get('/api/v1/no-such-thing'), 'unknown route');
    assertProblem(await admin.request({ method: 'DELETE', url: '/api/v1/divisions' }), 'unknown method');
  });
});
