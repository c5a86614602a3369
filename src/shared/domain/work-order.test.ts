import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultDeadlineLimits, formatWorkOrderCode, workOrderCodePattern, workOrderKinds } from './work-order';

const codes: [string, string, number, string][] = [
  ['JN', '2026-11-22', 42, 'JN20261122-00042'],
  ['JN', '2026-01-01', 1, 'JN20260101-00001'],
  ['JN', '2026-12-31', 123456, 'JN20261231-123456'],
];
for (const [prefix, day, sequence, expected] of codes) {
  test(`tracking code ${expected}`, () => {
    const code = formatWorkOrderCode(prefix, day, sequence);
    assert.equal(code, expected);
    assert.match(code, workOrderCodePattern);
  });
}

test('every kind has a resolve limit of at least one working day', () => {
  for (const kind of workOrderKinds) assert.ok(defaultDeadlineLimits.resolveWorkingDays[kind] >= 1, kind);
});
