import fs from 'node:fs/promises';
import path from 'node:path';
import { webDistDir } from '../../src/server/paths';
import { createFieldCipher } from '../../src/server/security/field-cipher';
import { seedDemo } from '../../src/server/seed/demo.seed';
import { bundledDivisionsFile, loadDivisions } from '../../src/server/seed/division.loader';
import { buildWeb, isWebBuildStale } from '../../src/server/web-build';
import { openTestDatabase } from '../../tests/support/test-databases';
import { load, log, printTable, root, round, rssMb, startFatong, startScript, stop, writeResults } from '../support';

/**
 * Foundation benchmark: cold start, seeding, memory and /api/v1/divisions throughput next
 * to a bare Fastify handler serving the same JSON, all measured in this run.
 * `npm run bench` → prints a table, writes bench/results/foundation.json.
 */
const work = path.join(root, '.tmp/bench-foundation');
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const loadOptions = { connections, durationSeconds };

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
  const fatongChildren = await load(childrenUrl, loadOptions, existing.child.pid);
  const fatongSearch = await load(searchUrl, loadOptions, existing.child.pid);
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
  const serverChildren = await load(childrenUrl.replace(':3301', ':3303'), loadOptions, onServer.child.pid);
  await stop(onServer.child);
  await seedPostgres.handle.close();

  const sampleFile = path.join(work, 'divisions.json');
  await fs.writeFile(sampleFile, sample);
  const bare = await startScript(
    'bench/foundation/bare-server.ts',
    [sampleFile, '3302'],
    'http://127.0.0.1:3302/api/v1/divisions',
  );
  const ceiling = await load('http://127.0.0.1:3302/api/v1/divisions', loadOptions, bare.pid);
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
  printTable(rows);
  await writeResults('foundation', results);
}

await main();
