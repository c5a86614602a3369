import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from './database';
import { migrateToLatest, rollbackOne } from './migrator';

/** `npm run db:migrate` (to latest) and `npm run db:rollback` (one step down). */
const direction = process.argv[2] === 'down' ? 'down' : 'up';
const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: path.join(config.dataDir, 'pglite') });
try {
  const names = direction === 'up' ? await migrateToLatest(handle.db) : await rollbackOne(handle.db);
  const verb = direction === 'up' ? 'applied' : 'rolled back';
  process.stdout.write(
    names.length ? `${verb}: ${names.join(', ')}\n` : `nothing to ${direction === 'up' ? 'apply' : 'roll back'}\n`,
  );
} finally {
  await handle.close();
}
