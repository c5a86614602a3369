import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { ensureAdministrator, openConfiguredDatabase, resolveSecret } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { DatabaseUnavailableError } from './db/database';
import type { AppDeps } from './deps';
import { startJobQueue } from './jobs/job-queue';
import { createSettableClock } from './modules/test-control/test-control.clock';
import { webDistDir } from './paths';
import { progressPrinter } from './progress';
import { createFieldCipher } from './security/field-cipher';
import { loadCalendarSeed } from './seed/calendar.loader';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo.seed';
import { seedDemoWorkOrders } from './seed/demo-work-order.seed';
import { bundledDivisionsFile, loadDivisions } from './seed/division.loader';
import { buildWeb, isWebBuildStale } from './web-build';

/** Start-up: configuration, database, schema, reference data, first administrator, demo, web build, listen. */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const progress = progressPrinter();

  const { secret, generated } = await resolveSecret(config);
  if (generated)
    say(`[法通] 已生成字段加密密钥 generated the field-encryption key: ${config.dataDir}/secret.key (back it up)`);

  const database = await openConfiguredDatabase(config);
  say(`[法通] 数据库 database: ${database.describe}`);
  // Browser tests move this clock through /api/v1/test-control; everyone else reads real time.
  const testClock = config.testControls ? createSettableClock() : undefined;
  if (testClock) say('[法通] 测试控制已开启 FATONG_TEST_CONTROLS: the clock can be moved without a login (tests only)');
  const deps: AppDeps = {
    db: database.db,
    cipher: createFieldCipher(secret),
    config,
    clock: testClock ? testClock.now : () => new Date(),
    listen: database.listen,
  };

  const hasDivisions = await deps.db.selectFrom('division').select('code').limit(1).executeTakeFirst();
  if (!hasDivisions) {
    say('[法通] 载入行政区划 loading divisions');
    await loadDivisions(deps.db, bundledDivisionsFile, (done, total) =>
      progress.update('行政区划 divisions', done, total),
    );
  }
  // The official holidays and make-up workdays; an administrator's later edits are never overwritten.
  if (!(await deps.db.selectFrom('calendarDay').select('day').limit(1).executeTakeFirst())) {
    say('[法通] 载入工作日历 loading the working-day calendar');
    await loadCalendarSeed(deps.db);
  }
  const admin = await ensureAdministrator(deps.db, config.adminPassword);
  if (config.demo) {
    await seedDemo(deps.db, deps.cipher, (step, done, total) => progress.update(step, done, total));
    // Orders through the real use cases, so the queues are not empty on the first start.
    await seedDemoWorkOrders(deps, (step, done, total) => progress.update(step, done, total));
  }

  if (await isWebBuildStale(webDistDir)) {
    say('[法通] 构建网页 building the web app (first start or changed sources)…');
    try {
      await buildWeb();
    } catch (error) {
      say(`[法通] 网页构建失败 web build failed, serving the API only: ${(error as Error).message}`);
    }
  }

  const app = await buildApp(deps, { logger: { level: config.logLevel }, webDir: webDistDir, testClock });
  const jobs = await startJobQueue(deps, database.pool, app.log);
  // Fresh statistics after migrations and seeding, in the background (see database-analyze).
  if (database.kind === 'pglite') await jobs.boss.send('database-analyze', {});
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'fatal error, shutting down');
    else app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // app.close() stops accepting and waits for in-flight requests; running jobs finish; then the database closes.
    await app.close();
    await jobs.stop();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });

  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  say('');
  say(`[法通] 已启动 Fatong is running: ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  say(`       接口文档 API docs: ${url}/api/docs`);
  if (admin.generatedPassword) {
    say(`       管理员 administrator: admin / ${admin.generatedPassword}   (only shown now — write it down)`);
  } else if (admin.created) {
    say('       管理员 administrator: admin / (FATONG_ADMIN_PASSWORD)');
  } else {
    say('       管理员 administrator: admin');
  }
  if (config.demo) {
    say(
      `       演示账号 demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    process.stderr.write(`[法通] ${error.message}\n`);
  } else {
    process.stderr.write(`[法通] start-up failed: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
