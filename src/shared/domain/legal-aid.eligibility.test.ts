import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { appointmentGrounds } from './legal-aid.catalogue';
import {
  checkEligibility,
  type EligibilityFacts,
  type EligibilityResultKind,
  hardshipThresholdFen,
  perCapitaIncomeFen,
  validateEligibilityFacts,
} from './legal-aid.eligibility';
import {
  base,
  check,
  D2024,
  data,
  expectCheck,
  RICH,
  rules,
  YANZHOU_TOWN,
  ZAOZHUANG,
} from './legal-aid.eligibility.fixtures';

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
