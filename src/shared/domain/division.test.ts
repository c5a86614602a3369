import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ancestorCodes, divisionLevelOf, isDivisionCode, isWithinScope, scopePrefix } from './division';

const cases: [code: string, level: string, prefix: string][] = [
  ['370000000000', 'province', '37'],
  ['370800000000', 'city', '3708'],
  ['370811000000', 'county', '370811'],
  ['370811002000', 'township', '370811002'],
  // A township whose own digits end in zero must not lose them to a naive zero-trim.
  ['370811100000', 'township', '370811100'],
  ['370811002001', 'village', '370811002001'],
  ['370811002200', 'village', '370811002200'],
];

for (const [code, level, prefix] of cases) {
  test(`${code} is a ${level} with scope prefix ${prefix}`, () => {
    assert.equal(divisionLevelOf(code), level);
    assert.equal(scopePrefix(code), prefix);
  });
}

const scopeCases: [scope: string, code: string, inside: boolean][] = [
  ['370800000000', '370883105201', true],
  ['370811000000', '370811002001', true],
  ['370811000000', '370812002001', false],
  ['370811002000', '370811002999', true],
  ['370811002000', '370811020001', false],
  ['370811002001', '370811002001', true],
];
for (const [scope, code, inside] of scopeCases) {
  test(`${code} is ${inside ? 'inside' : 'outside'} scope ${scope}`, () => {
    assert.equal(isWithinScope(scope, code), inside);
  });
}

test('ancestors run from the province down, excluding the code itself', () => {
  assert.deepEqual(ancestorCodes('370811002001'), ['370000000000', '370800000000', '370811000000', '370811002000']);
  assert.deepEqual(ancestorCodes('370800000000'), ['370000000000']);
  assert.deepEqual(ancestorCodes('370000000000'), []);
});

test('only 12-digit codes are codes', () => {
  for (const [value, ok] of [
    ['370811000000', true],
    ['37081100000', false],
    ['3708110000001', false],
    ['37081100000a', false],
  ] as const) {
    assert.equal(isDivisionCode(value), ok, value);
  }
});
