import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { webDistDir } from '../../src/server/paths';
import { createFieldCipher } from '../../src/server/security/field-cipher';
import { seedDemo } from '../../src/server/seed/demo.seed';
import { bundledDivisionsFile, loadDivisions } from '../../src/server/seed/division.loader';
import { buildWeb, isWebBuildStale } from '../../src/server/web-build';
import { openTestDatabase } from '../../tests/support/test-databases';

/**
 * Foundation benchmark: cold start, seeding, memory and /api/v1/divisions throughput next
 * to a bare Fastify handler serving the same JSON, all measured in this run.
 * `npm run bench` → prints a table, writes bench/results/foundation.json.
 */
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.tmp/bench-foundation');
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

const log = (line: string) => process.stdout.write(`${line}\n`);

function rssMb(pid: number): Promise<number> {
  return fs.readFile(`/proc/${pid}/status`, 'utf8').then((s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024);
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 600_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function startFatong(dataDir: string, port: number, env: Record<string, string> = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/start.mjs'], {
    cwd: root,
    env: { ...process.env, FATONG_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return { child, seconds: (performance.now() - started) / 1000 };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function load(url: string, pid?: number) {
  let peak = 0;
  const sampler = pid ? setInterval(async () => (peak = Math.max(peak, await rssMb(pid))), 100) : undefined;
  const result = await autocannon({ url, connections, duration: durationSeconds, pipelining: 1 });
  if (sampler) clearInterval(sampler);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    peakRssMb: Math.round(peak),
  };
}

const benchSecret = 'bench-secret-0123456789abcdef0123';

/** Seeds a fresh database and returns it open, for a server run on it. */
async function timeSeed(kind: 'pglite' | 'postgres') {
  const handle = await openTestDatabase(kind);
  const t0 = performance.now();
  await loadDivisions(handle.db, bundledDivisionsFile);
  const t1 = performance.now();
  await seedDemo(handle.db, createFieldCipher(benchSecret));
  const t2 = performance.now();
  return { handle, divisionsSeconds: (t1 - t0) / 1000, demoSeconds: (t2 - t1) / 1000 };
}

async function main() {
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });
  // The web build is a one-off of the first `npm start` after a change; keep it out of the start-up figures.
  if (await isWebBuildStale(webDistDir)) await buildWeb();

  log('seeding: embedded PGlite and PostgreSQL server…');
  const seedPglite = await timeSeed('pglite');
  await seedPglite.handle.close();
  const seedPostgres = await timeSeed('postgres');

  log('cold start on a fresh embedded database…');
  const dataDir = path.join(work, 'data');
  const fresh = await startFatong(dataDir, 3301);
  await stop(fresh.child);
  log('cold start on the existing embedded database…');
  const existing = await startFatong(dataDir, 3301);
  await new Promise((r) => setTimeout(r, 3000));
  const idleRssMb = Math.round(await rssMb(existing.child.pid as number));

  const childrenUrl = 'http://127.0.0.1:3301/api/v1/divisions?parent=370800000000';
  const searchUrl = `http://127.0.0.1:3301/api/v1/divisions?q=${encodeURIComponent('任城')}`;
  const sample = await (await fetch(childrenUrl)).text();
  log(`load: ${connections} connections × ${durationSeconds}s per figure…`);
  const fatongChildren = await load(childrenUrl, existing.child.pid);
  const fatongSearch = await load(searchUrl, existing.child.pid);
  const loadedRssMb = Math.round(await rssMb(existing.child.pid as number));
  await stop(existing.child);

  log('the same on a PostgreSQL server (no embedded database in the process)…');
  const onServer = await startFatong(path.join(work, 'data-server'), 3303, {
    DATABASE_URL: seedPostgres.handle.url as string,
    FATONG_SECRET: benchSecret,
    FATONG_DEMO: '0',
    FATONG_ADMIN_PASSWORD: 'bench-admin-password',
  });
  await new Promise((r) => setTimeout(r, 3000));
  const serverIdleRssMb = Math.round(await rssMb(onServer.child.pid as number));
  const serverChildren = await load(childrenUrl.replace(':3301', ':3303'), onServer.child.pid);
  await stop(onServer.child);
  await seedPostgres.handle.close();

  const sampleFile = path.join(work, 'divisions.json');
  await fs.writeFile(sampleFile, sample);
  const bare = spawn(process.execPath, ['--import', 'tsx', 'bench/foundation/bare-server.ts', sampleFile, '3302'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor('http://127.0.0.1:3302/api/v1/divisions', bare);
  const ceiling = await load('http://127.0.0.1:3302/api/v1/divisions', bare.pid);
  await stop(bare);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    loadSettings: { connections, durationSeconds },
    coldStartSeconds: { freshEmbeddedWithSeed: round(fresh.seconds), existingEmbedded: round(existing.seconds) },
    seedSeconds: {
      pglite: { divisions: round(seedPglite.divisionsSeconds), demo: round(seedPglite.demoSeconds) },
      postgres: { divisions: round(seedPostgres.divisionsSeconds), demo: round(seedPostgres.demoSeconds) },
    },
    memoryMb: {
      idle: idleRssMb,
      peakUnderLoad: Math.max(fatongChildren.peakRssMb, fatongSearch.peakRssMb),
      afterLoad: loadedRssMb,
      onPostgresServer: { idle: serverIdleRssMb, peakUnderLoad: serverChildren.peakRssMb },
      goal: 250,
    },
    divisions: {
      children: fatongChildren,
      searchUncached: fatongSearch,
      bareFastifyCeiling: ceiling,
      childrenOnPostgresServer: serverChildren,
      childrenShareOfCeiling: round(fatongChildren.requestsPerSecond / ceiling.requestsPerSecond),
      searchShareOfCeiling: round(fatongSearch.requestsPerSecond / ceiling.requestsPerSecond),
      goalShare: 0.5,
    },
  };

  const rows: [string, string, string][] = [
    [
      'cold start, fresh embedded DB (migrate + divisions + demo seed)',
      `${results.coldStartSeconds.freshEmbeddedWithSeed} s`,
      '',
    ],
    ['cold start, existing embedded DB', `${results.coldStartSeconds.existingEmbedded} s`, ''],
    [
      'seed divisions / demo, PGlite',
      `${results.seedSeconds.pglite.divisions} s / ${results.seedSeconds.pglite.demo} s`,
      '',
    ],
    [
      'seed divisions / demo, PostgreSQL',
      `${results.seedSeconds.postgres.divisions} s / ${results.seedSeconds.postgres.demo} s`,
      '',
    ],
    ['RSS idle', `${idleRssMb} MB`, 'goal < 250 MB'],
    [
      'RSS peak, 50 connections (?parent= / ?q=)',
      `${fatongChildren.peakRssMb} MB / ${fatongSearch.peakRssMb} MB`,
      'goal < 250 MB',
    ],
    [
      'RSS idle / peak on a PostgreSQL server',
      `${serverIdleRssMb} MB / ${serverChildren.peakRssMb} MB`,
      `${serverChildren.requestsPerSecond} req/s on ?parent=`,
    ],
    [
      'GET /divisions?parent= (req/s, p99)',
      `${fatongChildren.requestsPerSecond} /s, ${fatongChildren.p99Ms} ms`,
      `${Math.round(results.divisions.childrenShareOfCeiling * 100)} % of ceiling`,
    ],
    [
      'GET /divisions?q= uncached (req/s, p99)',
      `${fatongSearch.requestsPerSecond} /s, ${fatongSearch.p99Ms} ms`,
      `${Math.round(results.divisions.searchShareOfCeiling * 100)} % of ceiling`,
    ],
    ['ceiling: bare Fastify, same JSON (req/s)', `${ceiling.requestsPerSecond} /s, ${ceiling.p99Ms} ms`, 'goal ≥ 50 %'],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  log('');
  for (const [name, value, note] of rows) log(`${name.padEnd(width)}  ${value.padStart(22)}  ${note}`);
  await fs.mkdir(path.join(root, 'bench/results'), { recursive: true });
  await fs.writeFile(path.join(root, 'bench/results/foundation.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('\nwritten: bench/results/foundation.json');
}

const round = (n: number) => Math.round(n * 100) / 100;

await main();
