import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appointmentGroundCodes,
  appointmentGrounds,
  builtInMatterCodes,
  generalMatterCategories,
  legalAidCodeMaxLength,
  legalAidCodePattern,
  meansTestExemptions,
  statutoryMatterCategories,
} from './legal-aid.catalogue';
import {
  checkEligibility,
  describeEligibilityRules,
  type EligibilityResultKind,
  validateEligibilityFacts,
} from './legal-aid.eligibility';
import {
  base,
  check,
  D2024,
  expectCheck,
  RENCHENG_VILLAGE,
  RICH,
  rules,
  YANZHOU_TOWN,
} from './legal-aid.eligibility.fixtures';

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
