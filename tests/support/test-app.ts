import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { ensureAdministrator } from '../../src/server/bootstrap';
import { loadConfig } from '../../src/server/config';
import type { DatabaseHandle, DatabaseKind } from '../../src/server/db/database';
import type { AppDeps } from '../../src/server/deps';
import { createFieldCipher } from '../../src/server/security/field-cipher';
import { loadCalendarSeed } from '../../src/server/seed/calendar.loader';
import { bundledDivisionsFile, loadDivisions } from '../../src/server/seed/division.loader';
import { openTestDatabase } from './test-databases';

export const ADMIN_PASSWORD = 'admin-test-password';

/** Which database the integration run uses: FATONG_TEST_DB=pglite (default) or postgres. */
export const testDatabaseKind: DatabaseKind = process.env.FATONG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
}

export interface StaffSession extends Session {
  userId: number;
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: DatabaseHandle;
  /** Moves the injected clock (undefined: back to real time); deadlines and session expiry read it. */
  setNow(date: Date | undefined): void;
  login(username: string, password: string): Promise<Session>;
  admin(): Promise<Session>;
  /** A new staff account with these roles, scope and organisation, logged in. */
  staff(roles: string[], scopeDivisionCode: string, organizationId?: number | null): Promise<StaffSession>;
  close(): Promise<void>;
}

/** A real app on a fresh, migrated database with the Jining divisions and the `admin` account. */
export async function startTestApp(kind: DatabaseKind = testDatabaseKind): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  await loadDivisions(database.db, bundledDivisionsFile);
  await loadCalendarSeed(database.db);
  await ensureAdministrator(database.db, ADMIN_PASSWORD);
  let now: Date | undefined;
  const deps: AppDeps = {
    db: database.db,
    cipher: createFieldCipher('integration-test-secret-0123456789abcdef'),
    config: loadConfig({}),
    clock: () => now ?? new Date(),
    listen: database.listen,
  };
  const app = await buildApp(deps);

  async function login(username: string, password: string): Promise<Session> {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200)
      throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const { csrfToken } = response.json() as { csrfToken: string };
    const request = (options: InjectOptions) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...options.headers } });
    return {
      cookie,
      csrfToken,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) =>
        request({ method: 'POST', url, ...(payload !== undefined && { payload: payload as object }) }),
      patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as object }),
    };
  }

  return {
    app,
    deps,
    database,
    setNow: (date) => {
      now = date;
    },
    login,
    admin: () => login('admin', ADMIN_PASSWORD),
    async staff(roles, scopeDivisionCode, organizationId = null) {
      const admin = await login('admin', ADMIN_PASSWORD);
      const username = uniqueName('s');
      const created = await admin.post('/api/v1/accounts', {
        username,
        displayName: `${roles[0]} ${username}`,
        roles,
        scopeDivisionCode,
        organizationId,
        password: 'staff-pass-1234',
      });
      if (created.statusCode !== 201) throw new Error(`creating ${username}: ${created.statusCode} ${created.body}`);
      return { ...(await login(username, 'staff-pass-1234')), userId: created.json().account.id as number };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
/** A username no other test uses. */
export const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;
