import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';

/** The real start-up path, as `npm start` runs it, in child processes. */
const root = path.resolve(import.meta.dirname, '../..');

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['bin/start.mjs'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForHealth(port: number, started: Started) {
  for (let i = 0; i < 1200; i++) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no /healthz:\n${started.output()}`);
}

describe('start-up', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
  });

  test('an invalid variable stops the start with its name and a non-zero exit', async () => {
    const started = start({ PORT: 'abc' });
    assert.equal(await started.exited, 1);
    assert.match(started.output(), /PORT/);
  });

  test('an unreachable database server is reported plainly', async () => {
    const started = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/fatong', FATONG_SECRET: 'x'.repeat(32) });
    assert.equal(await started.exited, 1);
    assert.match(
      started.output(),
      /Cannot reach the PostgreSQL server at postgres:\/\/postgres@127\.0\.0\.1:1\/fatong/,
    );
  });

  test('stopping and starting again keeps every record', { timeout: 180_000 }, async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fatong-start-'));
    dirs.push(dataDir);
    const port = 3400 + (process.pid % 500);
    const env = {
      FATONG_DATA_DIR: dataDir,
      PORT: String(port),
      FATONG_DEMO: '0',
      FATONG_ADMIN_PASSWORD: 'first-start-pass',
    };
    const base = `http://127.0.0.1:${port}`;

    const first = start(env);
    await waitForHealth(port, first);
    assert.match(first.output(), /admin/);
    const secret = await fs.readFile(path.join(dataDir, 'secret.key'), 'utf8');
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'first-start-pass' }),
    });
    const me = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const created = await fetch(`${base}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        username: 'kept',
        displayName: '留存',
        roles: ['leader'],
        scopeDivisionCode: '370800000000',
        password: 'kept-password-1',
        phone: '13812345678',
      }),
    });
    assert.equal(created.status, 201);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0, first.output());

    const second = start(env);
    await waitForHealth(port, second);
    assert.equal(await fs.readFile(path.join(dataDir, 'secret.key'), 'utf8'), secret, 'the key is generated once');
    const again = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kept', password: 'kept-password-1' }),
    });
    assert.equal(again.status, 200);
    second.child.kill('SIGTERM');
    assert.equal(await second.exited, 0);
  });
});
