import assert from 'node:assert/strict';
import { test } from 'node:test';
import { descriptionSimilarity, duplicateScore } from './work-order.duplicate';

const cases: [string[], string[], number][] = [
  [['工资', '拖欠'], ['公司', '拖欠', '工资', '三个月'], 1],
  [['房东', '押金'], ['公司', '拖欠', '工资'], 0],
  [['工资', '押金'], ['工资', '拖欠'], 0.5],
  [[], ['工资'], 0],
];
for (const [a, b, expected] of cases) {
  test(`similarity of [${a}] and [${b}] is ${expected}`, () => assert.equal(descriptionSimilarity(a, b), expected));
}

test('the same kind of service adds a little, capped at 1', () => {
  assert.equal(
    duplicateScore({ tokens: ['工资', '押金'], kind: 'consultation' }, { tokens: ['工资'], kind: 'consultation' }),
    1,
  );
  assert.equal(
    duplicateScore({ tokens: ['工资', '押金'], kind: 'mediation' }, { tokens: ['工资', '借款'], kind: 'mediation' }),
    0.6,
  );
});
