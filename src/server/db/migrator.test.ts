import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { migrations } from '../../../db/migrations/index';
import { projectRoot } from '../paths';

test('every migration file is registered in db/migrations/index.ts, in name order', async () => {
  const files = (await fs.readdir(path.join(projectRoot, 'db/migrations')))
    .filter((f) => f !== 'index.ts' && f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  assert.ok(files.length > 0);
  assert.deepEqual(Object.keys(migrations), files);
  for (const name of files) {
    assert.match(name, /^\d{14}_[a-z0-9_-]+$/, `${name}: <yyyymmddhhmmss>_<name>`);
    assert.equal(typeof migrations[name]?.up, 'function', `${name} exports up()`);
  }
});
