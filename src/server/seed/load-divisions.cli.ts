import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrator';
import { bundledDivisionsFile, loadDivisions } from './division.loader';

/**
 * npx tsx src/server/seed/load-divisions.cli.ts [file]
 * Loads a divisions file (default: the bundled Jining file) into the database the
 * environment names, exactly as the server would open it.
 */
const file = path.resolve(process.argv[2] ?? bundledDivisionsFile);
const format = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: path.join(config.dataDir, 'pglite'),
  });
  try {
    await migrateToLatest(handle.db);
    const started = performance.now();
    const result = await loadDivisions(handle.db, file, (done, total) => {
      if (process.stdout.isTTY || done === total) process.stdout.write(`\r行政区划 ${format(done)}/${format(total)}`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write('\n');
    console.log(
      `行政区划导入完成：新增 ${format(result.inserted)}，更新 ${format(result.updated)}，` +
        `未变 ${format(result.total - result.inserted - result.updated)}，共 ${format(result.total)}` +
        `（${path.basename(file)} → ${handle.describe}，${seconds} s）`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  process.stdout.write('\n');
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
