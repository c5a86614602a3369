import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appointmentGroundCodes,
  appointmentGrounds,
  builtInMatterCodes,
  checkEligibility,
  compileEligibilityRules,
  describeEligibilityRules,
  type EligibilityFacts,
  type EligibilityResultKind,
  type EligibilityRuleData,
  generalMatterCategories,
  hardshipThresholdFen,
  isCoveredByRules,
  isDibaoInForce,
  legalAidCodeMaxLength,
  legalAidCodePattern,
  meansTestExemptions,
  perCapitaIncomeFen,
  regionPrefixOf,
  regionPrefixPattern,
  ruleVersionInForce,
  ruleVersionStatus,
  statutoryMatterCategories,
  validateEligibilityFacts,
} from './legal-aid.eligibility';

const RENCHENG = '370811000000'; // 任城区: a county version from 2025-07-01, its own dibao
const RENCHENG_VILLAGE = '370811002001';
const YANZHOU_TOWN = '370812001000'; // 兖州区: the city's rules and the city's dibao
const WEISHAN = '370826000000'; // 微山县: a county version still to come (2028)
const ZAOZHUANG = '370400000000'; // 枣庄市: covered by a version, no dibao anywhere

const data: EligibilityRuleData = {
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
const rules = compileEligibilityRules(data);

/** A household of two in 任城区 in mid-2024: city rules ×2, dibao 930.00 → threshold 1,860.00 元. */
const base: EligibilityFacts = {
  divisionCode: RENCHENG_VILLAGE,
  householdSize: 2,
  monthlyHouseholdIncomeFen: 200_000,
  matterCategory: 'labor_relationship_or_pay',
};
const D2024 = '2024-06-01';
const RICH = 10_000_000; // 100,000 元 a month

type Expect = {
  result: EligibilityResultKind;
  /** id:passed, in order. */
  criteria: string[];
  threshold?: number | null;
  version?: number;
  detail?: RegExp;
};

function check(facts: Partial<EligibilityFacts>, date: string, expected: Expect) {
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
function expectCheck(facts: Partial<EligibilityFacts>, date: string, expected: Expect): void {
  check(facts, date, expected);
}

describe('hardship threshold: at it passes, one fen over fails', () => {
  const at = 186_000 * 2;
  const cases: [string, Partial<EligibilityFacts>, EligibilityResultKind, RegExp][] = [
    [
      'exactly at the threshold',
      { monthlyHouseholdIncomeFen: at },
      'eligible',
      /人均月收入 1,860\.00 元.*等于困难标准 1,860\.00 元/,
    ],
    ['one fen under', { monthlyHouseholdIncomeFen: at - 2 }, 'eligible', /人均月收入 1,859\.99 元.*低于困难标准/],
    [
      'one fen over',
      { monthlyHouseholdIncomeFen: at + 2 },
      'not_eligible',
      /人均月收入 1,860\.01 元.*高于困难标准.*不符合/,
    ],
    ['no income at all', { monthlyHouseholdIncomeFen: 0 }, 'eligible', /人均月收入 0\.00 元/],
    [
      'half a fen over per head rounds down: still at',
      { monthlyHouseholdIncomeFen: at + 1 },
      'eligible',
      /等于困难标准/,
    ],
    [
      '3 people, 2/3 fen over per head: at',
      { householdSize: 3, monthlyHouseholdIncomeFen: 558_002 },
      'eligible',
      /1,860\.00 元（5,580\.02 元 ÷ 3 人）/,
    ],
    [
      '3 people, one fen over per head',
      { householdSize: 3, monthlyHouseholdIncomeFen: 558_003 },
      'not_eligible',
      /1,860\.01 元/,
    ],
    [
      'one person at the threshold',
      { householdSize: 1, monthlyHouseholdIncomeFen: 186_000 },
      'eligible',
      /等于困难标准/,
    ],
    ['thirty people', { householdSize: 30, monthlyHouseholdIncomeFen: 30 * 186_001 }, 'not_eligible', /÷ 30 人/],
  ];
  for (const [name, facts, result, detail] of cases) {
    test(name, () => {
      const outcome = check(facts, D2024, {
        result,
        criteria: ['matter_in_scope:true', `economic_hardship:${result === 'eligible'}`],
        threshold: 186_000,
        version: 1,
        detail,
      });
      assert.equal(outcome.perCapitaIncomeFen, Math.floor(outcome.perCapitaIncomeFen));
    });
  }

  test('the detail reads as a person writes it, with the illustrative dibao named as such', () => {
    const outcome = check({ householdSize: 4, monthlyHouseholdIncomeFen: 500_000 }, D2024, {
      result: 'eligible',
      criteria: ['matter_in_scope:true', 'economic_hardship:true'],
    });
    assert.equal(
      outcome.criteria[1]?.detail,
      '家庭人均月收入 1,250.00 元（5,000.00 元 ÷ 4 人），低于困难标准 1,860.00 元（示例低保 930.00 元 × 2）。',
    );
    assert.equal(
      outcome.criteria[0]?.detail,
      '“请求确认劳动关系或者支付劳动报酬”属于法律援助事项范围（法律援助法第三十一条第五项）。',
    );
    assert.deepEqual(outcome.dibao, data.dibao[1]);
    assert.deepEqual(outcome.ruleVersion, { id: 1, regionPrefix: '3708', effectiveFrom: '2022-01-01' });
  });
});

describe('rounding', () => {
  const perHead: [number, number, number][] = [
    [10_001, 2, 5_000],
    [10_000, 3, 3_333],
    [2, 3, 0],
    [99_999_999, 7, 14_285_714],
  ];
  for (const [income, size, expected] of perHead) {
    test(`${income} fen for ${size} people is ${expected} fen each (rounded down)`, () =>
      assert.equal(perCapitaIncomeFen(income, size), expected));
  }
  const thresholds: [number, number, number][] = [
    [93_000, 2000, 186_000],
    [93_001, 2500, 232_503], // 232,502.5 → up
    [100_000, 2250, 225_000],
    [1, 2001, 3], // 2.001 → up
    [83_000, 10_000, 830_000],
  ];
  for (const [dibao, permille, expected] of thresholds) {
    test(`${permille} ‰ of a ${dibao} fen dibao is ${expected} fen (rounded up)`, () =>
      assert.equal(hardshipThresholdFen(dibao, permille), expected));
  }
});

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

describe('matters in scope', () => {
  const cases: [string, string, EligibilityResultKind, string[], RegExp][] = [
    [
      'a statutory civil matter',
      'maintenance',
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true'],
      /第三十一条第四项/,
    ],
    [
      'a statutory administrative matter',
      'state_compensation',
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true'],
      /第三十一条第一项/,
    ],
    [
      'a supplementary matter of the region',
      'rural_land_contract',
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true'],
      /本地补充事项（测试补充事项）/,
    ],
    [
      'a review-only supplementary matter',
      'housing_expropriation',
      'needs_review',
      ['matter_in_scope:false', 'economic_hardship:true'],
      /须经人工审查/,
    ],
    [
      'another civil matter is out of scope',
      'other_civil',
      'not_eligible',
      ['matter_in_scope:false', 'economic_hardship:true'],
      /不在法律援助事项范围内/,
    ],
    [
      'another administrative matter is out of scope',
      'other_administrative',
      'not_eligible',
      ['matter_in_scope:false', 'economic_hardship:true'],
      /“其他行政事项”不在/,
    ],
    [
      'criminal victims are in scope (art. 29)',
      'criminal_victim',
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true'],
      /第二十九条/,
    ],
  ];
  for (const [name, matterCategory, result, criteria, detail] of cases) {
    test(name, () => expectCheck({ matterCategory }, D2024, { result, criteria, detail }));
  }

  test('an out-of-scope matter of a rich household fails on both counts', () =>
    expectCheck({ matterCategory: 'other_civil', monthlyHouseholdIncomeFen: RICH }, D2024, {
      result: 'not_eligible',
      criteria: ['matter_in_scope:false', 'economic_hardship:false'],
    }));

  test('a review-only matter of a rich household is refused, not reviewed', () =>
    expectCheck({ matterCategory: 'housing_expropriation', monthlyHouseholdIncomeFen: RICH }, D2024, {
      result: 'not_eligible',
      criteria: ['matter_in_scope:false', 'economic_hardship:false'],
    }));

  test('every statutory matter is in scope everywhere', () => {
    for (const category of statutoryMatterCategories) {
      for (const [division, date] of [
        [RENCHENG_VILLAGE, D2024],
        [RENCHENG_VILLAGE, '2027-03-01'],
        [YANZHOU_TOWN, '2027-03-01'],
      ] as const) {
        const outcome = checkEligibility(
          rules,
          { ...base, divisionCode: division, matterCategory: category.code, assetsFen: 0 },
          date,
        );
        assert.equal(outcome.criteria[0]?.passed, true, `${category.code} ${division} ${date}`);
      }
    }
  });
});

describe('means-test exemptions (art. 32, 42) skip the income check, naming themselves', () => {
  for (const exemption of meansTestExemptions) {
    const matterCategory = exemption.matterCategories?.[0] ?? 'maintenance';
    test(`${exemption.code}: ${exemption.nameZh}`, () => {
      const outcome = check({ matterCategory, monthlyHouseholdIncomeFen: RICH, exemptions: [exemption.code] }, D2024, {
        result: 'eligible',
        criteria: ['matter_in_scope:true', 'means_test_exemption:true', 'economic_hardship:true'],
      });
      assert.ok(outcome.criteria[1]?.detail.includes(exemption.nameZh));
      assert.ok(outcome.criteria[1]?.detail.includes(exemption.basis));
      assert.equal(outcome.criteria[2]?.detail, `属于“${exemption.nameZh}”情形，免予核查经济困难状况。`);
      // The threshold is still reported, for the record.
      assert.equal(outcome.thresholdPerCapitaFen, 186_000);
    });
    if (exemption.matterCategories === null) {
      test(`${exemption.code} on a matter outside the statute: ${exemption.extendsScope ? 'brings it in (art. 32)' : 'does not bring it in (art. 42)'}`, () =>
        expectCheck(
          { matterCategory: 'other_civil', monthlyHouseholdIncomeFen: RICH, exemptions: [exemption.code] },
          D2024,
          {
            result: exemption.extendsScope ? 'eligible' : 'not_eligible',
            criteria: [
              `matter_in_scope:${exemption.extendsScope}`,
              'means_test_exemption:true',
              'economic_hardship:true',
            ],
            detail: exemption.extendsScope
              ? new RegExp(`“其他民事事项”因“${exemption.nameZh}”属于法律援助范围`)
              : /不在法律援助事项范围内/,
          },
        ));
    }
  }

  test('an exemption tied to other matters does not apply: the income is checked', () =>
    expectCheck(
      { matterCategory: 'maintenance', monthlyHouseholdIncomeFen: RICH, exemptions: ['migrant_worker_pay_or_injury'] },
      D2024,
      {
        result: 'not_eligible',
        criteria: ['matter_in_scope:true', 'means_test_exemption:false', 'economic_hardship:false'],
        detail: /仅适用于“请求确认劳动关系或者支付劳动报酬”“请求工伤事故人身损害赔偿”事项，仍须审查经济困难状况/,
      },
    ));

  test('with one that applies and one that does not, both are named', () =>
    expectCheck(
      {
        matterCategory: 'maintenance',
        monthlyHouseholdIncomeFen: RICH,
        exemptions: ['migrant_worker_pay_or_injury', 'elderly_without_income'],
      },
      D2024,
      {
        result: 'eligible',
        criteria: ['matter_in_scope:true', 'means_test_exemption:true', 'economic_hardship:true'],
        detail: /“无固定生活来源的老年人”（法律援助法第四十二条第一项）情形，免予核查经济困难状况；“申请支付劳动报酬/,
      },
    ));

  test('an exemption does not bypass a review-only matter', () =>
    expectCheck({ matterCategory: 'housing_expropriation', exemptions: ['good_samaritan'] }, D2024, {
      result: 'needs_review',
      criteria: ['matter_in_scope:false', 'means_test_exemption:true', 'economic_hardship:true'],
    }));

  test('a retired exemption is refused as input, and never applies', () => {
    const facts = { ...base, monthlyHouseholdIncomeFen: RICH, exemptions: ['retired_group'] };
    assert.deepEqual(
      validateEligibilityFacts(rules, facts, D2024).map((p) => `${p.field}:${p.code}`),
      ['exemptions.0:unknown_exemption'],
    );
    const outcome = checkEligibility(rules, facts, D2024);
    assert.equal(outcome.result, 'not_eligible');
    assert.match(outcome.criteria[1]!.detail, /已停用/);
  });
});

describe('mandatory appointment in criminal cases (art. 25, 28): eligible at once', () => {
  for (const ground of appointmentGrounds) {
    test(`${ground.code}: ${ground.nameZh}`, () =>
      expectCheck(
        { matterCategory: 'criminal_defense', monthlyHouseholdIncomeFen: RICH, appointmentGrounds: [ground.code] },
        D2024,
        {
          result: 'eligible',
          criteria: ['matter_in_scope:true', 'mandatory_appointment:true', 'economic_hardship:true'],
          detail: new RegExp(
            `属于应当指派辩护情形：${ground.nameZh}（${ground.basis}）。 \\| 属于应当指派辩护情形，不审查经济困难状况。`,
          ),
        },
      ));
  }

  test('two grounds are both named', () =>
    expectCheck(
      { matterCategory: 'criminal_defense', appointmentGrounds: ['minor', 'visual_hearing_speech_disability'] },
      D2024,
      {
        result: 'eligible',
        criteria: ['matter_in_scope:true', 'mandatory_appointment:true', 'economic_hardship:true'],
        detail: /未成年人（法律援助法第二十五条第一款第一项）；视力、听力、言语残疾人/,
      },
    ));

  test('the asset cap does not apply to an appointment', () =>
    expectCheck(
      { divisionCode: YANZHOU_TOWN, matterCategory: 'criminal_defense', appointmentGrounds: ['minor'] },
      '2027-02-01',
      {
        result: 'eligible',
        criteria: ['matter_in_scope:true', 'mandatory_appointment:true', 'economic_hardship:true'],
      },
    ));

  test('without a ground, a poor defendant qualifies on hardship', () =>
    expectCheck({ matterCategory: 'criminal_defense' }, D2024, {
      result: 'eligible',
      criteria: ['matter_in_scope:true', 'mandatory_appointment:false', 'economic_hardship:true'],
      detail: /未申报应当指派辩护情形/,
    }));

  test('without a ground, a defendant above the threshold goes to review (art. 24: "或者其他原因")', () =>
    expectCheck({ matterCategory: 'criminal_defense', monthlyHouseholdIncomeFen: RICH }, D2024, {
      result: 'needs_review',
      criteria: ['matter_in_scope:true', 'mandatory_appointment:false', 'economic_hardship:false'],
      detail: /第二十四条.*须人工审查/,
    }));

  test('a criminal victim above the threshold is refused: art. 29 asks for hardship', () =>
    expectCheck({ matterCategory: 'criminal_victim', monthlyHouseholdIncomeFen: RICH }, D2024, {
      result: 'not_eligible',
      criteria: ['matter_in_scope:true', 'economic_hardship:false'],
    }));
});

describe('what a rule cannot decide alone goes to review', () => {
  const after2027 = '2027-02-01';
  const cases: [string, Partial<EligibilityFacts>, string, EligibilityResultKind, string[], RegExp][] = [
    [
      'assets within the cap',
      { assetsFen: 5_000_000 },
      after2027,
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true', 'assets:true'],
      /家庭资产 50,000\.00 元，未超过上限 50,000\.00 元/,
    ],
    [
      'assets one fen above the cap',
      { assetsFen: 5_000_001 },
      after2027,
      'needs_review',
      ['matter_in_scope:true', 'economic_hardship:true', 'assets:false'],
      /超过上限 50,000\.00 元，须人工审查/,
    ],
    [
      'assets not declared where a cap is set',
      {},
      after2027,
      'needs_review',
      ['matter_in_scope:true', 'economic_hardship:true', 'assets:false'],
      /未申报家庭资产，资产上限为 50,000\.00 元/,
    ],
    [
      'assets above the cap, income above the threshold: refused',
      { assetsFen: 9_000_000, monthlyHouseholdIncomeFen: RICH },
      after2027,
      'not_eligible',
      ['matter_in_scope:true', 'economic_hardship:false', 'assets:false'],
      /高于困难标准/,
    ],
    [
      'assets ignored where no cap is set',
      { assetsFen: 900_000_000 },
      D2024,
      'eligible',
      ['matter_in_scope:true', 'economic_hardship:true'],
      /低于困难标准/,
    ],
    [
      'no dibao known',
      { divisionCode: ZAOZHUANG },
      D2024,
      'needs_review',
      ['matter_in_scope:true', 'economic_hardship:false'],
      /未找到当地最低生活保障标准/,
    ],
    [
      'no dibao known, but an exemption',
      { divisionCode: ZAOZHUANG, exemptions: ['social_assistance_recipient'] },
      D2024,
      'eligible',
      ['matter_in_scope:true', 'means_test_exemption:true', 'economic_hardship:true'],
      /社会救助对象/,
    ],
  ];
  for (const [name, facts, date, result, criteria, detail] of cases) {
    test(name, () => expectCheck({ divisionCode: YANZHOU_TOWN, ...facts }, date, { result, criteria, detail }));
  }

  test('without a dibao the threshold is null', () => {
    const outcome = checkEligibility(rules, { ...base, divisionCode: ZAOZHUANG }, D2024);
    assert.equal(outcome.thresholdPerCapitaFen, null);
    assert.equal(outcome.dibao, null);
  });
});

describe('facts that are not facts are named, field by field', () => {
  const cases: [string, Partial<EligibilityFacts>, string, string[]][] = [
    ['a household of none', { householdSize: 0 }, D2024, ['householdSize:out_of_range']],
    ['a household of 31', { householdSize: 31 }, D2024, ['householdSize:out_of_range']],
    ['a household of 2.5', { householdSize: 2.5 }, D2024, ['householdSize:out_of_range']],
    ['negative income', { monthlyHouseholdIncomeFen: -1 }, D2024, ['monthlyHouseholdIncomeFen:out_of_range']],
    [
      'income in fractions of a fen',
      { monthlyHouseholdIncomeFen: 10.5 },
      D2024,
      ['monthlyHouseholdIncomeFen:out_of_range'],
    ],
    ['negative assets', { assetsFen: -100 }, D2024, ['assetsFen:out_of_range']],
    ['a province', { divisionCode: '370000000000' }, D2024, ['divisionCode:out_of_area']],
    ['another city', { divisionCode: '440300000000' }, D2024, ['divisionCode:out_of_area']],
    ['before the first version', {}, '2021-12-31', ['divisionCode:no_rule_in_force']],
    ['an unknown matter', { matterCategory: 'space_law' }, D2024, ['matterCategory:unknown_matter_category']],
    [
      'a supplementary matter the version in force has dropped',
      { matterCategory: 'housing_expropriation' },
      '2027-02-01',
      ['matterCategory:unknown_matter_category'],
    ],
    [
      'a supplementary matter of another region',
      { divisionCode: ZAOZHUANG, matterCategory: 'rural_land_contract' },
      D2024,
      ['matterCategory:unknown_matter_category'],
    ],
    [
      'an unknown exemption',
      { exemptions: ['good_samaritan', 'rich_uncle'] },
      D2024,
      ['exemptions.1:unknown_exemption'],
    ],
    ['an exemption twice', { exemptions: ['good_samaritan', 'good_samaritan'] }, D2024, ['exemptions.1:duplicate']],
    [
      'an unknown ground',
      { matterCategory: 'criminal_defense', appointmentGrounds: ['famous'] },
      D2024,
      ['appointmentGrounds.0:unknown_appointment_ground'],
    ],
    [
      'a ground twice',
      { matterCategory: 'criminal_defense', appointmentGrounds: ['minor', 'minor'] },
      D2024,
      ['appointmentGrounds.1:duplicate'],
    ],
    [
      'a ground outside criminal defence',
      { appointmentGrounds: ['minor'] },
      D2024,
      ['appointmentGrounds.0:not_applicable'],
    ],
    [
      'several at once',
      { householdSize: 0, monthlyHouseholdIncomeFen: -5, matterCategory: 'nope' },
      D2024,
      [
        'householdSize:out_of_range',
        'monthlyHouseholdIncomeFen:out_of_range',
        'matterCategory:unknown_matter_category',
      ],
    ],
  ];
  for (const [name, facts, date, problems] of cases) {
    test(name, () =>
      assert.deepEqual(
        validateEligibilityFacts(rules, { ...base, ...facts }, date).map((p) => `${p.field}:${p.code}`),
        problems,
      ),
    );
  }
});

describe('the catalogues', () => {
  test('codes are snake_case, unique across matters, exemptions and grounds each', () => {
    const matterCodes = [...statutoryMatterCategories, ...generalMatterCategories].map((c) => c.code);
    for (const list of [matterCodes, meansTestExemptions.map((e) => e.code), [...appointmentGroundCodes]]) {
      assert.equal(new Set(list).size, list.length);
      for (const code of list) {
        assert.match(code, legalAidCodePattern, code);
        assert.ok(code.length <= legalAidCodeMaxLength, code);
      }
    }
    assert.deepEqual([...builtInMatterCodes], matterCodes);
  });

  test('every entry has a Chinese name and cites the Legal Aid Law', () => {
    for (const entry of [...statutoryMatterCategories, ...meansTestExemptions, ...appointmentGrounds]) {
      assert.match(entry.nameZh, /^[\u4e00-\u9fff、，]{2,40}$/, entry.code);
      assert.match(entry.basis, /^法律援助法第[一二三四五六七八九十]+条/, entry.code);
    }
    assert.equal(new Set(meansTestExemptions.map((e) => e.nameZh)).size, meansTestExemptions.length);
  });

  test('art. 31 is there item by item, and the grounds are the constants of their codes', () => {
    for (const item of ['一', '二', '三', '四', '五', '六', '七', '八'])
      assert.ok(
        statutoryMatterCategories.some((c) => c.basis === `法律援助法第三十一条第${item}项`),
        `art. 31 (${item})`,
      );
    assert.deepEqual(
      appointmentGrounds.map((g) => g.code),
      [...appointmentGroundCodes],
    );
  });

  test('restricted exemptions name statutory matters', () => {
    const statutory = new Set<string>(statutoryMatterCategories.map((c) => c.code));
    for (const e of meansTestExemptions)
      for (const code of e.matterCategories ?? []) assert.ok(statutory.has(code), `${e.code} → ${code}`);
  });

  test('what the pre-check accepts in 任城区: statutory, supplementary, general; active exemptions only', () => {
    const view = describeEligibilityRules(rules, RENCHENG_VILLAGE, D2024)!;
    assert.deepEqual(
      view.matterCategories.map((m) => `${m.code}:${m.source}:${m.inScope}`),
      [
        ...statutoryMatterCategories.map((c) => `${c.code}:statutory:true`),
        'rural_land_contract:supplementary:true',
        'housing_expropriation:supplementary:false',
        'other_civil:general:false',
        'other_administrative:general:false',
      ],
    );
    assert.equal(view.thresholdPerCapitaFen, 186_000);
    assert.deepEqual(
      view.exemptions.map((e) => e.code),
      meansTestExemptions.map((e) => e.code),
    );
    assert.equal(view.appointmentGrounds.length, appointmentGroundCodes.length);
    assert.equal(describeEligibilityRules(rules, RENCHENG_VILLAGE, '2021-06-01'), undefined);
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
