import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config';

test('defaults: port 3000, ./data, embedded database with demo data', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.dataDir, './data');
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.demo, true);
});

test('a server database turns the demo off unless asked, and needs the secret', () => {
  const secret = 's'.repeat(32);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://h/db', FATONG_SECRET: secret }).demo, false);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://h/db', FATONG_SECRET: secret, FATONG_DEMO: '1' }).demo, true);
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://h/db' }), /FATONG_SECRET/);
});

const invalid: [Record<string, string>, RegExp][] = [
  [{ PORT: 'abc' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ DATABASE_URL: 'mysql://h/db', FATONG_SECRET: 's'.repeat(32) }, /DATABASE_URL/],
  [{ FATONG_SECRET: 'short' }, /FATONG_SECRET/],
  [{ FATONG_ADMIN_PASSWORD: '123' }, /FATONG_ADMIN_PASSWORD/],
  [{ FATONG_DEMO: 'maybe' }, /FATONG_DEMO/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
];
for (const [env, message] of invalid) {
  test(`refuses ${JSON.stringify(env)} naming the variable`, () => {
    assert.throws(
      () => loadConfig(env),
      (error: unknown) => error instanceof ConfigError && message.test(error.message),
    );
  });
}

test('test controls: off by default, on with the flag, refused in production', () => {
  assert.equal(loadConfig({}).testControls, false);
  assert.equal(loadConfig({ FATONG_TEST_CONTROLS: '1' }).testControls, true);
  assert.equal(loadConfig({ FATONG_TEST_CONTROLS: '0', NODE_ENV: 'production' }).testControls, false);
  assert.throws(
    () => loadConfig({ FATONG_TEST_CONTROLS: '1', NODE_ENV: 'production' }),
    (error: unknown) =>
      error instanceof ConfigError && /FATONG_TEST_CONTROLS: not allowed when NODE_ENV=production/.test(error.message),
  );
});

test('empty variables count as unset', () => {
  assert.equal(loadConfig({ PORT: '' }).port, 3000);
});
