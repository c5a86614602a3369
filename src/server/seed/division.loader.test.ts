import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../../tests/support/test-databases';
import { bundledDivisionsFile, DivisionFileError, loadDivisions } from './division.loader';

interface Item {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parent_code: string | null;
}

const bundled = JSON.parse(readFileSync(bundledDivisionsFile, 'utf8')) as { meta: { root: string }; items: Item[] };
const cliPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-divisions.cli.ts');
const run = promisify(execFile);

/** A small valid file: 济宁市, 任城区, its first township and two of that township's villages. */
function smallFixture(): Item[] {
  const township = bundled.items.find((i) => i.level === 'township' && i.parent_code === '370811000000')!;
  const villages = bundled.items.filter((i) => i.parent_code === township.code).slice(0, 2);
  const county = bundled.items.find((i) => i.code === '370811000000')!;
  return structuredClone([bundled.items[0]!, county, township, ...villages]);
}

/** Writes the bundled layout: items start on line 4, one per line. */
async function writeDivisionFile(dir: string, name: string, items: Item[], root = '370800000000'): Promise<string> {
  const file = path.join(dir, name);
  const lines = items.map((i) => JSON.stringify(i)).join(',\n');
  await fs.writeFile(file, `{\n"meta": ${JSON.stringify({ root })},\n"items": [\n${lines}\n]\n}\n`);
  return file;
}

async function countByLevel(handle: TestDatabase): Promise<Record<string, number>> {
  const rows = await handle.db
    .selectFrom('division')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

/** A fingerprint of the whole table, to show a load changed nothing. */
async function tableDigest(handle: TestDatabase): Promise<string> {
  const { rows } = await sql<{ digest: string }>`
    select md5(string_agg(concat_ws('|', code, name, level, kind, parent_code), ',' order by code)) as digest
    from division`.execute(handle.db);
  return rows[0]!.digest;
}

const badFiles: Array<{ name: string; items?: (items: Item[]) => void; text?: string; message: RegExp }> = [
  {
    name: 'a code of 11 digits',
    items: (items) => {
      items[3]!.code = '37081100200';
    },
    message: /line 7 \(items\[3\], code 37081100200\): code must be a 12-digit code/,
  },
  {
    name: 'an unknown parent',
    items: (items) => {
      items[4]!.code = '370811099001';
      items[4]!.parent_code = '370811099000';
    },
    message:
      /line 8 \(items\[4\], code 370811099001\): parent 370811099000 is neither in the file nor in the division table/,
  },
  {
    name: 'a level the code contradicts',
    items: (items) => {
      items[2]!.level = 'village';
    },
    message: /line 6 \(items\[2\], code \d{12}\): level is village but the code denotes a township/,
  },
  {
    name: 'a village outside its parent',
    items: (items) => {
      items[3]!.parent_code = '370812001000';
      items[3]!.code = '370811011999';
    },
    message: /line 7 \(items\[3\], code 370811011999\): code does not lie inside its parent 370812001000/,
  },
  {
    name: 'a duplicate code',
    items: (items) => {
      items[4]!.code = items[3]!.code;
    },
    message: /line 8 \(items\[4\], code \d{12}\): duplicate of line 7 \(items\[3\]\)/,
  },
  {
    name: 'an unknown level',
    items: (items) => {
      items[1]!.level = 'district';
    },
    message: /line 5 \(items\[1\], code 370811000000\): level Invalid option/,
  },
  { name: 'text that is not JSON', text: '{"items": [', message: /is not valid JSON/ },
  { name: 'no items', text: '{"meta": {}, "items": []}', message: /items: must list at least one division/ },
];

for (const kind of testDatabaseKinds) {
  describe(`loadDivisions on ${kind}`, () => {
    let handle: TestDatabase;
    let dir: string;

    before(async () => {
      handle = await openTestDatabase(kind);
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fatong-divisions-'));
    });
    after(async () => {
      await handle?.close();
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    for (const bad of badFiles) {
      test(`refuses a file with ${bad.name}, naming the item, and writes nothing`, async () => {
        let file: string;
        if (bad.text !== undefined) {
          file = path.join(dir, 'bad.json');
          await fs.writeFile(file, bad.text);
        } else {
          const items = smallFixture();
          bad.items!(items);
          file = await writeDivisionFile(dir, 'bad.json', items);
        }
        await assert.rejects(loadDivisions(handle.db, file), (error: unknown) => {
          assert.ok(error instanceof DivisionFileError, String(error));
          assert.match(error.message, bad.message);
          return true;
        });
        assert.deepEqual(await countByLevel(handle), {});
      });
    }

    test('loads the bundled Jining file: the province, 1 city, 12 counties, 158 townships, 4,927 villages', async () => {
      const progress: Array<[number, number]> = [];
      const result = await loadDivisions(handle.db, bundledDivisionsFile, (done, total) =>
        progress.push([done, total]),
      );
      assert.deepEqual(result, { inserted: 5099, updated: 0, total: 5099 });
      assert.deepEqual(await countByLevel(handle), { province: 1, city: 1, county: 12, township: 158, village: 4927 });
      const province = await handle.db
        .selectFrom('division')
        .selectAll()
        .where('code', '=', '370000000000')
        .executeTakeFirstOrThrow();
      assert.deepEqual(province, {
        code: '370000000000',
        name: '山东省',
        level: 'province',
        kind: null,
        parentCode: null,
      });
      const village = await handle.db
        .selectFrom('division')
        .selectAll()
        .where('code', '=', '370883114247')
        .executeTakeFirstOrThrow();
      assert.deepEqual(village, {
        code: '370883114247',
        name: '镇头村民委员会',
        level: 'village',
        kind: 'villagers_committee',
        parentCode: '370883114000',
      });
      assert.deepEqual(progress[0], [0, 5099]);
      assert.deepEqual(progress.at(-1), [5099, 5099]);
      assert.ok(progress.length >= 12, 'progress is reported per batch of 500');
    });

    test('a second load inserts nothing and changes nothing', async () => {
      const before = await tableDigest(handle);
      const result = await loadDivisions(handle.db, bundledDivisionsFile);
      assert.deepEqual(result, { inserted: 0, updated: 0, total: 5099 });
      assert.equal(await tableDigest(handle), before);
    });

    test('a renamed division is updated, and only that one', async () => {
      const items = structuredClone(bundled.items);
      const target = items.find((i) => i.code === '370811011000')!;
      target.name = '古槐街道（更名）';
      const file = await writeDivisionFile(dir, 'renamed.json', items);
      assert.deepEqual(await loadDivisions(handle.db, file), { inserted: 0, updated: 1, total: 5099 });
      const row = await handle.db
        .selectFrom('division')
        .select('name')
        .where('code', '=', target.code)
        .executeTakeFirstOrThrow();
      assert.equal(row.name, '古槐街道（更名）');
      assert.deepEqual(await loadDivisions(handle.db, bundledDivisionsFile), { inserted: 0, updated: 1, total: 5099 });
    });

    test('accepts a file whose parents are already in the table', async () => {
      const items: Item[] = [
        { code: '370811011999', name: '测试村民委员会', level: 'village', kind: null, parent_code: '370811011000' },
      ];
      const file = await writeDivisionFile(dir, 'addition.json', items, '370811011999');
      assert.deepEqual(await loadDivisions(handle.db, file), { inserted: 1, updated: 0, total: 2 });
      await handle.db.deleteFrom('division').where('code', '=', '370811011999').execute();
    });

    // On PGlite the CLI would create a database on disk (~5-9 s); the server path covers the CLI's code.
    test('the CLI loads with the server configuration and reports a refused file', {
      skip: kind === 'pglite',
    }, async () => {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        FATONG_DATA_DIR: path.join(dir, 'data'),
        DATABASE_URL: handle.url,
        FATONG_SECRET: 'a-test-secret-of-at-least-32-characters',
      };
      const args = ['--import', 'tsx', cliPath];
      const { stdout } = await run(process.execPath, [...args, bundledDivisionsFile], { env });
      assert.match(stdout, /行政区划 5,099\/5,099/);
      assert.match(stdout, /行政区划导入完成：新增 0，更新 0，未变 5,099，共 5,099/);

      const items = smallFixture();
      items[3]!.code = '123';
      const file = await writeDivisionFile(dir, 'cli-bad.json', items);
      await assert.rejects(
        run(process.execPath, [...args, file], { env }),
        (error: { code?: number; stderr?: string }) => {
          assert.equal(error.code, 1);
          assert.match(error.stderr ?? '', /line 7 \(items\[3\], code 123\)/);
          return true;
        },
      );
    });
  });
}
