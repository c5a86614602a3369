import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  gradeOf,
  type QualityScore,
  qualityChecklist,
  qualityFullPoints,
  qualityGradeRules,
  qualityGrades,
  scaleToHundred,
  scoreQualityReview,
  subsidyFactorOf,
} from './legal-aid.quality';

/** Scores adding up to `total`, filling the items in checklist order (skipping those in `notApplicable`). */
function scoresFor(total: number, notApplicable: string[] = []): Record<string, QualityScore> {
  const scores: Record<string, QualityScore> = {};
  let left = total;
  for (const item of qualityChecklist) {
    if (notApplicable.includes(item.code)) {
      scores[item.code] = 'not_applicable';
      continue;
    }
    const given = Math.min(item.maxPoints, left);
    scores[item.code] = given;
    left -= given;
  }
  assert.equal(left, 0, `cannot reach ${total}`);
  return scores;
}

function reviewOf(scores: Record<string, QualityScore>) {
  const outcome = scoreQualityReview(scores);
  if (!outcome.ok) assert.fail(JSON.stringify(outcome.problems));
  return outcome.review;
}

describe('the checklist', () => {
  test('adds up to 100, codes unique, Chinese names, whole maxima', () => {
    assert.equal(
      qualityChecklist.reduce((sum, i) => sum + i.maxPoints, 0),
      qualityFullPoints,
    );
    assert.equal(new Set(qualityChecklist.map((i) => i.code)).size, qualityChecklist.length);
    for (const item of qualityChecklist) {
      assert.match(item.nameZh, /^[\u4e00-\u9fff、，]+$/, item.code);
      assert.ok(Number.isSafeInteger(item.maxPoints) && item.maxPoints > 0, item.code);
    }
  });

  test('grades: highest first, every grade once, the last starts at 0', () => {
    assert.deepEqual(
      qualityGradeRules.map((r) => r.grade),
      [...qualityGrades],
    );
    for (let i = 1; i < qualityGradeRules.length; i++)
      assert.ok(qualityGradeRules[i - 1]!.minPoints > qualityGradeRules[i]!.minPoints);
    assert.equal(qualityGradeRules.at(-1)!.minPoints, 0);
  });
});

describe('grade and subsidy factor at every boundary', () => {
  const cases: [number, string, string, number][] = [
    [100, 'excellent', '优秀', 1000],
    [90, 'excellent', '优秀', 1000],
    [89, 'pass', '合格', 1000],
    [70, 'pass', '合格', 1000],
    [69, 'basic_pass', '基本合格', 700],
    [60, 'basic_pass', '基本合格', 700],
    [59, 'fail', '不合格', 0],
    [0, 'fail', '不合格', 0],
  ];
  for (const [points, grade, gradeZh, factor] of cases) {
    test(`${points} points: ${gradeZh}`, () => {
      const review = reviewOf(scoresFor(points));
      assert.deepEqual(
        {
          points: review.points,
          raw: review.rawPoints,
          max: review.applicableMaxPoints,
          grade: review.grade,
          gradeZh: review.gradeZh,
          factor: review.subsidyFactorPermille,
        },
        { points, raw: points, max: 100, grade, gradeZh, factor },
      );
      assert.equal(subsidyFactorOf(review.grade), factor);
    });
  }
});

describe('no hearing: scaled to 100 over the items that apply', () => {
  const cases: [string, number, number, string][] = [
    ['51 of 85 is 60', 51, 60, 'basic_pass'],
    ['50 of 85 is 58.8 → 59', 50, 59, 'fail'],
    ['76 of 85 is 89.4 → 89', 76, 89, 'pass'],
    ['77 of 85 is 90.6 → 91', 77, 91, 'excellent'],
    ['85 of 85 is 100', 85, 100, 'excellent'],
  ];
  for (const [name, raw, points, grade] of cases) {
    test(name, () => {
      const review = reviewOf(scoresFor(raw, ['hearing_performance']));
      assert.deepEqual(
        [review.rawPoints, review.applicableMaxPoints, review.points, review.grade],
        [raw, 85, points, grade],
      );
      assert.equal(review.items.find((i) => i.code === 'hearing_performance')!.score, 'not_applicable');
    });
  }
  const halves: [number, number, number][] = [
    [1, 8, 13], // 12.5 → 13: half up
    [3, 8, 38], // 37.5 → 38
    [1, 3, 33], // 33.3 → 33
    [2, 3, 67], // 66.7 → 67
    [57, 100, 57],
  ];
  for (const [points, max, expected] of halves)
    test(`${points}/${max} → ${expected}`, () => assert.equal(scaleToHundred(points, max), expected));
});

describe('scores that are not scores are refused, item by item', () => {
  const full = scoresFor(100);
  const cases: [string, Record<string, QualityScore>, string[]][] = [
    ['above the maximum', { ...full, timely_contact: 11 }, ['timely_contact:out_of_range']],
    ['negative', { ...full, documents: -1 }, ['documents:out_of_range']],
    ['a fraction', { ...full, legal_opinion: 19.5 }, ['legal_opinion:out_of_range']],
    ['not a number', { ...full, investigation: Number.NaN }, ['investigation:out_of_range']],
    ['missing', (({ client_satisfaction: _, ...rest }) => rest)(full), ['client_satisfaction:missing']],
    ['unknown item', { ...full, charisma: 5 }, ['charisma:unknown_item']],
    [
      'not applicable where the item always applies',
      { ...full, timely_closing: 'not_applicable' },
      ['timely_closing:not_applicable_refused'],
    ],
    [
      'several at once',
      { ...full, timely_contact: 99, documents: 'not_applicable', extra: 1 },
      ['extra:unknown_item', 'timely_contact:out_of_range', 'documents:not_applicable_refused'],
    ],
  ];
  for (const [name, scores, problems] of cases) {
    test(name, () => {
      const outcome = scoreQualityReview(scores);
      assert.equal(outcome.ok, false);
      if (!outcome.ok)
        assert.deepEqual(
          outcome.problems.map((p) => `${p.field}:${p.code}`),
          problems,
        );
    });
  }
});

describe('thresholds are data', () => {
  test('other rules grade the same points differently', () => {
    const strict = [
      { grade: 'excellent', nameZh: '优秀', minPoints: 95, subsidyFactorPermille: 1000 },
      { grade: 'pass', nameZh: '合格', minPoints: 75, subsidyFactorPermille: 900 },
      { grade: 'basic_pass', nameZh: '基本合格', minPoints: 60, subsidyFactorPermille: 500 },
      { grade: 'fail', nameZh: '不合格', minPoints: 0, subsidyFactorPermille: 0 },
    ] as const;
    assert.equal(gradeOf(90).grade, 'excellent');
    assert.equal(gradeOf(90, strict).grade, 'pass');
    const outcome = scoreQualityReview(scoresFor(74), strict);
    assert.ok(outcome.ok && outcome.review.subsidyFactorPermille === 500);
  });
  test('an unknown grade has no factor', () => assert.throws(() => subsidyFactorOf('stellar' as never), /stellar/));
});
