import fs from 'node:fs/promises';
import path from 'node:path';
import { loadRoutingContext } from '../../src/server/modules/routing/routing.service';
import { createFieldCipher } from '../../src/server/security/field-cipher';
import { loadCalendarSeed } from '../../src/server/seed/calendar.loader';
import { seedDemo } from '../../src/server/seed/demo.seed';
import { bundledDivisionsFile, loadDivisions } from '../../src/server/seed/division.loader';
import { divisionLevelOf } from '../../src/shared/domain/division';
import { routeOrder } from '../../src/shared/domain/routing';
import { workOrderKinds } from '../../src/shared/domain/work-order';
import { openTestDatabase } from '../../tests/support/test-databases';
import { load, log, printTable, root, round, startFatong, startScript, stop, writeResults } from '../support';

/**
 * Intake benchmark: portal intake (POST /api/v1/public/work-orders) at 32 connections on the
 * PostgreSQL server and on the embedded PGlite, each next to a bare Fastify route inserting
 * one row with pg on the same database in the same run; and routing 10,000 waiting orders.
 * `npm run bench:intake` → prints a table, writes bench/results/intake.json.
 */
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 32;
const work = path.join(root, '.tmp/bench-intake');
const secret = 'bench-intake-secret-0123456789abcdef';
const benchOptions = { connections, durationSeconds, method: 'POST' as const };

let villages: string[] = [];
let sequence = 0;
/** A different citizen and place each request, as a day of real intake would be. */
function portalBody() {
  sequence += 1;
  const village = villages[sequence % villages.length] as string;
  return JSON.stringify({
    kind: workOrderKinds[sequence % workOrderKinds.length],
    description: `基准测试：公司拖欠工资第${sequence}号，请求帮助`,
    divisionCode: village,
    phone: `139${String(sequence % 100_000_000).padStart(8, '0')}`,
  });
}

async function measure(label: string, fatongEnv: Record<string, string>, ceilingTarget: string, port: number) {
  log(`${label}: intake at ${connections} connections × ${durationSeconds}s, then the bare insert…`);
  const fatong = await startFatong(path.join(work, `data-${port}`), port, { FATONG_DEMO: '0', ...fatongEnv });
  const headers = { 'content-type': 'application/json' };
  const intake = await load(
    `http://127.0.0.1:${port}/api/v1/public/work-orders`,
    { ...benchOptions, headers, body: portalBody },
    fatong.child.pid,
  );
  await stop(fatong.child);
  const bare = await startScript(
    'bench/intake/bare-insert-server.ts',
    [ceilingTarget, String(port + 1)],
    `http://127.0.0.1:${port + 1}/ready`,
  );
  const ceiling = await load(`http://127.0.0.1:${port + 1}/insert`, { ...benchOptions, headers, body: portalBody });
  await stop(bare);
  return { intake, ceiling, shareOfCeiling: round(intake.requestsPerSecond / ceiling.requestsPerSecond) };
}

async function routingTime() {
  log('routing: 10,000 waiting orders against the demo organisations…');
  const handle = await openTestDatabase('postgres');
  try {
    await loadDivisions(handle.db, bundledDivisionsFile);
    await seedDemo(handle.db, createFieldCipher(secret));
    const context = await loadRoutingContext(handle.db);
    const orders = Array.from({ length: 10_000 }, (_, i) => ({
      kind: workOrderKinds[i % workOrderKinds.length] as string,
      legalDomain: null,
      divisionCode: villages[(i * 7919) % villages.length] as string,
    }));
    const started = performance.now();
    let routed = 0;
    for (const order of orders) if (routeOrder(order, context.rules, context.organizations)) routed += 1;
    return { orders: orders.length, routed, milliseconds: round(performance.now() - started) };
  } finally {
    await handle.close();
  }
}

async function main() {
  await fs.rm(work, { recursive: true, force: true });
  await fs.mkdir(work, { recursive: true });
  const divisions = JSON.parse(await fs.readFile(bundledDivisionsFile, 'utf8')) as { items?: { code: string }[] };
  villages = (divisions.items ?? []).map((d) => d.code).filter((c) => divisionLevelOf(c) === 'village');

  const server = await openTestDatabase('postgres');
  await loadDivisions(server.db, bundledDivisionsFile);
  await loadCalendarSeed(server.db);
  const onServer = await measure(
    'PostgreSQL server',
    { DATABASE_URL: server.url as string, FATONG_SECRET: secret },
    server.url as string,
    3401,
  );
  await server.close();
  const onPglite = await measure('embedded PGlite', {}, 'pglite', 3411);
  const routing = await routingTime();

  const results = {
    measuredAt: new Date().toISOString(),
    loadSettings: { connections, durationSeconds },
    postgres: onServer,
    pglite: onPglite,
    routing: { ...routing, goalMilliseconds: 1000 },
    goals: { shareOfCeiling: 0.5, p99Ms: 100 },
  };
  const row = (name: string, r: { requestsPerSecond: number; p50Ms: number; p99Ms: number }, note = '') =>
    [name, `${r.requestsPerSecond} /s, p50 ${r.p50Ms} / p99 ${r.p99Ms} ms`, note] as [string, string, string];
  printTable([
    row(
      'portal intake, PostgreSQL server',
      onServer.intake,
      `${Math.round(onServer.shareOfCeiling * 100)} % of ceiling`,
    ),
    row('ceiling: bare insert, PostgreSQL', onServer.ceiling, 'goal ≥ 50 %, p99 < 100 ms'),
    row('portal intake, embedded PGlite', onPglite.intake, `${Math.round(onPglite.shareOfCeiling * 100)} % of ceiling`),
    row('ceiling: bare insert, PGlite', onPglite.ceiling),
    ['routing 10,000 waiting orders', `${routing.milliseconds} ms (${routing.routed} routed)`, 'goal < 1000 ms'],
  ]);
  await writeResults('intake', results);
}

await main();
