import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPermille, formatYuan } from './money';

const yuan: [number, string][] = [
  [0, '0.00'],
  [5, '0.05'],
  [10, '0.10'],
  [99, '0.99'],
  [100, '1.00'],
  [125_000, '1,250.00'],
  [186_000, '1,860.00'],
  [99_999, '999.99'],
  [100_000, '1,000.00'],
  [12_345_678_901, '123,456,789.01'],
  [-5, '-0.05'],
  [-125_050, '-1,250.50'],
];
for (const [fen, text] of yuan) {
  test(`${fen} fen is ${text} yuan`, () => assert.equal(formatYuan(fen), text));
}

test('an amount that is not a whole number of fen is refused, not rounded', () => {
  assert.throws(() => formatYuan(1.5), RangeError);
  assert.throws(() => formatYuan(Number.NaN), RangeError);
  assert.throws(() => formatYuan(2 ** 53), RangeError);
});

const permille: [number, string][] = [
  [2000, '2'],
  [2500, '2.5'],
  [1875, '1.875'],
  [2050, '2.05'],
  [1000, '1'],
  [0, '0'],
  [-1500, '-1.5'],
];
for (const [value, text] of permille) {
  test(`${value} ‰ reads ${text} ×`, () => assert.equal(formatPermille(value), text));
}
