import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkEligibility } from './legal-aid.eligibility';
import { base, check, data, RENCHENG_VILLAGE, rules, WEISHAN, YANZHOU_TOWN } from './legal-aid.eligibility.fixtures';
import {
  compileEligibilityRules,
  isCoveredByRules,
  isDibaoInForce,
  regionPrefixOf,
  regionPrefixPattern,
  ruleVersionInForce,
  ruleVersionStatus,
} from './legal-aid.rules';

describe('rule versions by region and date', () => {
  const cases: [string, string, string, number | undefined, number | null][] = [
    // name, division, date, version in force, threshold
    ['the city version the day the law took effect', YANZHOU_TOWN, '2022-01-01', 1, 180_000],
    ['nothing before it', YANZHOU_TOWN, '2021-12-31', undefined, null],
    ['the day before the new city version', YANZHOU_TOWN, '2026-12-31', 1, 180_000],
    ['the new city version on its date', YANZHOU_TOWN, '2027-01-01', 2, 225_000],
    ['任城区 before its county version: the city one', RENCHENG_VILLAGE, '2025-06-30', 1, 186_000],
    ['任城区 on its county version date', RENCHENG_VILLAGE, '2025-07-01', 3, 279_000],
    ['the county version stays ahead of a newer city version', RENCHENG_VILLAGE, '2027-03-01', 3, 285_000],
    ['the county dibao changes on its own date', RENCHENG_VILLAGE, '2026-07-01', 3, 285_000],
    ['a county version still to come leaves the city one in force', WEISHAN, '2027-03-01', 2, 207_500],
    ['and takes over on its date', '370826100000', '2028-01-01', 4, 332_000],
    ['the city itself', '370800000000', '2024-01-01', 1, 180_000],
  ];
  for (const [name, division, date, version, threshold] of cases) {
    test(name, () => {
      assert.equal(ruleVersionInForce(rules, division, date)?.ref.id, version);
      if (version === undefined) return;
      const outcome = checkEligibility(rules, { ...base, divisionCode: division, assetsFen: 0 }, date);
      assert.equal(outcome.ruleVersion.id, version);
      assert.equal(outcome.thresholdPerCapitaFen, threshold);
    });
  }

  test('a version change takes effect on its date: the same household, refused the day before', () => {
    const facts = { divisionCode: YANZHOU_TOWN, monthlyHouseholdIncomeFen: 400_000, assetsFen: 1_000_000 };
    check(facts, '2026-12-31', {
      result: 'not_eligible',
      criteria: ['matter_in_scope:true', 'economic_hardship:false'],
      version: 1,
      detail: /2,000\.00 元.*高于困难标准 1,800\.00 元（示例低保 900\.00 元 × 2）/,
    });
    check(facts, '2027-01-01', {
      result: 'eligible',
      criteria: ['matter_in_scope:true', 'economic_hardship:true', 'assets:true'],
      version: 2,
      detail:
        /低于困难标准 2,250\.00 元（示例低保 900\.00 元 × 2\.5）.*家庭资产 10,000\.00 元，未超过上限 50,000\.00 元/,
    });
  });

  test('a published dibao is not called illustrative', () => {
    check({ monthlyHouseholdIncomeFen: 100_000 }, '2026-07-01', {
      result: 'eligible',
      criteria: ['matter_in_scope:true', 'economic_hardship:true'],
      detail: /（低保 950\.00 元 × 3）/,
    });
  });

  test('the status of each version on a date', () => {
    const status = (id: number, date: string) => {
      const v = data.versions.find((x) => x.id === id)!;
      return ruleVersionStatus(rules, v, date);
    };
    assert.equal(status(1, '2026-12-31'), 'in_force');
    assert.equal(status(1, '2027-01-01'), 'superseded');
    assert.equal(status(2, '2026-12-31'), 'scheduled');
    assert.equal(status(2, '2027-01-01'), 'in_force');
    assert.equal(status(4, '2027-06-01'), 'scheduled');
    assert.equal(isDibaoInForce(rules, data.dibao[1]!, '2026-06-30'), true);
    assert.equal(isDibaoInForce(rules, data.dibao[1]!, '2026-07-01'), false);
    assert.equal(isDibaoInForce(rules, data.dibao[2]!, '2026-07-01'), true);
  });

  test('region prefixes: city 4 digits, county 6, never a county ending 00', () => {
    assert.equal(regionPrefixOf('370800000000'), '3708');
    assert.equal(regionPrefixOf('370811000000'), '370811');
    for (const [prefix, ok] of [
      ['3708', true],
      ['370811', true],
      ['370800', false],
      ['37', false],
      ['37081100', false],
      ['37o8', false],
    ] as const)
      assert.equal(regionPrefixPattern.test(prefix), ok, prefix);
    assert.equal(isCoveredByRules(rules, '370000000000'), false);
    assert.equal(isCoveredByRules(rules, '440300000000'), false);
    assert.equal(isCoveredByRules(rules, RENCHENG_VILLAGE), true);
  });
});

describe('rule data that would make an answer ambiguous is refused', () => {
  const version = data.versions[0]!;
  test('two versions of one region on one day', () =>
    assert.throws(
      () => compileEligibilityRules({ ...data, versions: [version, { ...version, id: 9 }] }),
      /2022-01-01/,
    ));
  test('a supplementary matter reusing a statutory code', () =>
    assert.throws(
      () =>
        compileEligibilityRules({
          ...data,
          versions: [
            {
              ...version,
              supplementaryMatters: [
                { code: 'maintenance', nameZh: '重复', kind: 'civil', basis: '测试', isReviewOnly: false },
              ],
            },
          ],
        }),
      /maintenance/,
    ));
  test('a region that is neither a city nor a county', () =>
    assert.throws(
      () => compileEligibilityRules({ ...data, versions: [{ ...version, regionPrefix: '370800' }] }),
      /370800/,
    ));
});
