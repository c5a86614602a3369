import assert from 'node:assert/strict';
import { meansTestExemptions } from './legal-aid.catalogue';
import {
  checkEligibility,
  type EligibilityFacts,
  type EligibilityResultKind,
  validateEligibilityFacts,
} from './legal-aid.eligibility';
import { compileEligibilityRules, type EligibilityRuleData } from './legal-aid.rules';

/**
 * The rule data the legal-aid eligibility tests share (legal-aid.eligibility, .rules, .catalogue):
 * Jining's city rules, 任城区's and 微山县's own versions, Zaozhuang without a dibao.
 */

export const RENCHENG = '370811000000'; // 任城区: a county version from 2025-07-01, its own dibao
export const RENCHENG_VILLAGE = '370811002001';
export const YANZHOU_TOWN = '370812001000'; // 兖州区: the city's rules and the city's dibao
export const WEISHAN = '370826000000'; // 微山县: a county version still to come (2028)
export const ZAOZHUANG = '370400000000'; // 枣庄市: covered by a version, no dibao anywhere

export const data: EligibilityRuleData = {
  versions: [
    {
      id: 1,
      regionPrefix: '3708',
      effectiveFrom: '2022-01-01',
      multiplierPermille: 2000,
      assetCapFen: null,
      supplementaryMatters: [
        {
          code: 'rural_land_contract',
          nameZh: '农村土地承包经营纠纷',
          kind: 'civil',
          basis: '测试补充事项',
          isReviewOnly: false,
        },
        {
          code: 'housing_expropriation',
          nameZh: '房屋征收与补偿',
          kind: 'administrative',
          basis: '测试补充事项',
          isReviewOnly: true,
        },
      ],
    },
    {
      id: 2,
      regionPrefix: '3708',
      effectiveFrom: '2027-01-01',
      multiplierPermille: 2500,
      assetCapFen: 5_000_000,
      supplementaryMatters: [
        {
          code: 'rural_land_contract',
          nameZh: '农村土地承包经营纠纷',
          kind: 'civil',
          basis: '测试补充事项',
          isReviewOnly: false,
        },
      ],
    },
    {
      id: 3,
      regionPrefix: '370811',
      effectiveFrom: '2025-07-01',
      multiplierPermille: 3000,
      assetCapFen: null,
      supplementaryMatters: [],
    },
    {
      id: 4,
      regionPrefix: '370826',
      effectiveFrom: '2028-01-01',
      multiplierPermille: 4000,
      assetCapFen: null,
      supplementaryMatters: [],
    },
    {
      id: 5,
      regionPrefix: '3704',
      effectiveFrom: '2022-01-01',
      multiplierPermille: 2000,
      assetCapFen: null,
      supplementaryMatters: [],
    },
  ],
  dibao: [
    { divisionCode: '370800000000', effectiveFrom: '2022-01-01', monthlyFen: 90_000, isIllustrative: true },
    { divisionCode: RENCHENG, effectiveFrom: '2022-01-01', monthlyFen: 93_000, isIllustrative: true },
    { divisionCode: RENCHENG, effectiveFrom: '2026-07-01', monthlyFen: 95_000, isIllustrative: false },
    { divisionCode: WEISHAN, effectiveFrom: '2022-01-01', monthlyFen: 83_000, isIllustrative: true },
  ],
  exemptions: [
    ...meansTestExemptions.map((e) => ({ ...e, isActive: true })),
    {
      code: 'retired_group',
      nameZh: '已停用的测试情形',
      basis: '测试',
      matterCategories: null,
      extendsScope: false,
      isActive: false,
    },
  ],
};
export const rules = compileEligibilityRules(data);

/** A household of two in 任城区 in mid-2024: city rules ×2, dibao 930.00 → threshold 1,860.00 元. */
export const base: EligibilityFacts = {
  divisionCode: RENCHENG_VILLAGE,
  householdSize: 2,
  monthlyHouseholdIncomeFen: 200_000,
  matterCategory: 'labor_relationship_or_pay',
};
export const D2024 = '2024-06-01';
export const RICH = 10_000_000; // 100,000 元 a month

export type Expect = {
  result: EligibilityResultKind;
  /** id:passed, in order. */
  criteria: string[];
  threshold?: number | null;
  version?: number;
  detail?: RegExp;
};

export function check(facts: Partial<EligibilityFacts>, date: string, expected: Expect) {
  const all = { ...base, ...facts };
  assert.deepEqual(validateEligibilityFacts(rules, all, date), [], 'facts are valid');
  const outcome = checkEligibility(rules, all, date);
  assert.equal(outcome.result, expected.result, JSON.stringify(outcome.criteria));
  assert.deepEqual(
    outcome.criteria.map((c) => `${c.id}:${c.passed}`),
    expected.criteria,
  );
  if (expected.threshold !== undefined) assert.equal(outcome.thresholdPerCapitaFen, expected.threshold);
  if (expected.version !== undefined) assert.equal(outcome.ruleVersion.id, expected.version);
  if (expected.detail) assert.match(outcome.criteria.map((c) => c.detail).join(' | '), expected.detail);
  for (const c of outcome.criteria) assert.match(c.detail, /^[^\n]{6,200}。$/, `${c.id}: one short sentence`);
  assert.equal(outcome.on, date);
  return outcome;
}

/** check() for tests that only assert: node:test wants a test function to return nothing or a promise. */
export function expectCheck(facts: Partial<EligibilityFacts>, date: string, expected: Expect): void {
  check(facts, date, expected);
}
