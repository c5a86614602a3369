import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidIdNumber, maskIdNumber } from './id-number';

const cases: [string, boolean][] = [
  ['11010519491231002X', true],
  ['440524188001010014', true],
  ['11010519491231002x', false], // upper-case X only; the schema upper-cases input first
  ['110105194912310021', false], // wrong check digit
  ['11010519491331002X', false], // month 13
  ['1101051949123100', false],
  ['', false],
];
for (const [value, valid] of cases) {
  test(`${value || '(empty)'} is ${valid ? 'valid' : 'refused'}`, () => assert.equal(isValidIdNumber(value), valid));
}

test('masking keeps the region and the last four', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
});
