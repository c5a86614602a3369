import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MatterKind } from './legal-aid.catalogue';
import { applyPermille, type ClosedAidCase, splitByShares, subsidyBatch, subsidyFor } from './legal-aid.subsidy';
import {
  compileSubsidyRules,
  type FundingSource,
  findStandard,
  fundingSources,
  jiningIllustrativeSubsidyRuleData,
  jiningIllustrativeSubsidyStandards,
  type StandardQuery,
  type SubsidyRuleData,
  type SubsidyStage,
  subsidyStagesByMatterKind,
} from './legal-aid.subsidy-standard';

const RENCHENG = '370811002001'; // 任城区: its own criminal trial standard from 2025, paid by the city
const YANZHOU = '370812001000'; // 兖州区: the city's standards and funding
const ZAOZHUANG = '370402000000'; // 枣庄: outside the data

const rules = compileSubsidyRules(jiningIllustrativeSubsidyRuleData);

const amountOf = (q: StandardQuery) => findStandard(rules, q)?.amountFen;

describe('finding the standard', () => {
  const q = (
    divisionCode: string,
    matterKind: MatterKind,
    stage: SubsidyStage,
    on: string,
    matterCategory?: string,
  ): StandardQuery => ({ divisionCode, matterKind, stage, on, matterCategory });
  const cases: [string, StandardQuery, number | undefined][] = [
    ['the city’s civil first instance', q(YANZHOU, 'civil', 'first_instance', '2024-05-01'), 150_000],
    ['a category’s own standard', q(YANZHOU, 'civil', 'first_instance', '2024-05-01', 'work_injury'), 180_000],
    [
      'a category without its own: the kind’s',
      q(YANZHOU, 'civil', 'first_instance', '2024-05-01', 'labor_relationship_or_pay'),
      150_000,
    ],
    [
      'a category’s standard does not leak into other stages',
      q(YANZHOU, 'civil', 'second_instance', '2024-05-01', 'work_injury'),
      120_000,
    ],
    ['the day before the city’s raise', q(YANZHOU, 'criminal', 'trial', '2025-12-31'), 150_000],
    ['the day of the city’s raise', q(YANZHOU, 'criminal', 'trial', '2026-01-01'), 180_000],
    ['任城区 before its own standard: the city’s', q(RENCHENG, 'criminal', 'trial', '2024-12-31'), 150_000],
    ['任城区 on its own standard’s day', q(RENCHENG, 'criminal', 'trial', '2025-01-01'), 160_000],
    [
      '任城区 after the city’s raise: the county’s still (most specific region first)',
      q(RENCHENG, 'criminal', 'trial', '2026-06-01'),
      160_000,
    ],
    [
      '任城区, a stage it has no own standard for: the city’s',
      q(RENCHENG, 'criminal', 'investigation', '2026-06-01'),
      80_000,
    ],
    ['before any standard', q(YANZHOU, 'civil', 'first_instance', '2021-12-31'), undefined],
    ['outside the region', q(ZAOZHUANG, 'civil', 'first_instance', '2024-05-01'), undefined],
  ];
  for (const [name, query, amount] of cases) test(name, () => assert.equal(amountOf(query), amount));

  test('a province-wide row serves where no city row does, and a city row beats it', () => {
    const withProvince = compileSubsidyRules({
      ...jiningIllustrativeSubsidyRuleData,
      standards: [
        ...jiningIllustrativeSubsidyStandards,
        {
          id: 900,
          regionPrefix: '37',
          matterKind: 'civil',
          matterCategory: null,
          stage: 'first_instance',
          amountFen: 99_900,
          effectiveFrom: '2023-01-01',
        },
      ],
    });
    const query = { matterKind: 'civil', stage: 'first_instance', on: '2024-05-01' } as const;
    assert.equal(findStandard(withProvince, { ...query, divisionCode: ZAOZHUANG })?.id, 900);
    assert.equal(findStandard(withProvince, { ...query, divisionCode: YANZHOU })?.amountFen, 150_000);
  });
});

describe('rounding and splitting', () => {
  const permille: [number, number, number][] = [
    [330_000, 1000, 330_000],
    [330_000, 700, 231_000],
    [330_000, 0, 0],
    [12_345, 700, 8642], // 8,641.5 fen: half up
    [12_345, 699, 8629], // 8,629.155 fen: down
    [1, 500, 1], // 0.5 fen: half up
    [1, 499, 0],
  ];
  for (const [amount, factor, expected] of permille)
    test(`${amount} × ${factor}‰ = ${expected}`, () => assert.equal(applyPermille(amount, factor), expected));

  const shares = { central: 300, provincial: 200, municipal: 250, county: 250 };
  const splits: [number, Record<FundingSource, number>, [number, number, number, number]][] = [
    [330_000, shares, [99_000, 66_000, 82_500, 82_500]],
    [1, shares, [1, 0, 0, 0]],
    [3, shares, [1, 0, 1, 1]], // remainders 900, 600, 750, 750
    [2, shares, [1, 0, 1, 0]], // remainders 600, 400, 500, 500: the tie goes to municipal first
    [0, shares, [0, 0, 0, 0]],
    [7, { central: 333, provincial: 333, municipal: 334, county: 0 }, [2, 2, 3, 0]],
    [100, { central: 0, provincial: 0, municipal: 0, county: 1000 }, [0, 0, 0, 100]],
  ];
  for (const [amount, s, expected] of splits)
    test(`${amount} fen split ${Object.values(s).join('/')}`, () => {
      const parts = splitByShares(amount, s);
      assert.deepEqual(
        fundingSources.map((f) => parts[f]),
        expected,
      );
    });
});

const closed = (facts: Partial<ClosedAidCase> = {}): ClosedAidCase => ({
  caseRef: 'JN-2026-001',
  handlerId: 1,
  organizationId: 10,
  divisionCode: YANZHOU,
  matterKind: 'civil',
  stages: ['first_instance', 'second_instance', 'enforcement'],
  closedOn: '2026-03-10',
  qualityFactorPermille: 1000,
  ...facts,
});

describe('the subsidy of a case', () => {
  const cases: [string, Partial<ClosedAidCase>, [number, number, number, number], [number, number, number, number]][] =
    [
      // [stages, adjusted, extras, total], [central, provincial, municipal, county]
      ['three civil stages, full factor', {}, [330_000, 330_000, 0, 330_000], [99_000, 66_000, 82_500, 82_500]],
      [
        'basic pass: 700 ‰',
        { qualityFactorPermille: 700 },
        [330_000, 231_000, 0, 231_000],
        [69_300, 46_200, 57_750, 57_750],
      ],
      [
        'failed review: nothing for the stages, the travel extra still paid',
        { qualityFactorPermille: 0, extras: ['out_of_town_travel'] },
        [330_000, 0, 20_000, 20_000],
        [6000, 4000, 5000, 5000],
      ],
      [
        'criminal in 任城区 after the city’s raise: its own trial standard, the city pays the county’s part',
        { divisionCode: RENCHENG, matterKind: 'criminal', stages: ['investigation', 'prosecution_review', 'trial'] },
        [320_000, 320_000, 0, 320_000],
        [96_000, 64_000, 160_000, 0],
      ],
      [
        'a category’s own standard and an odd factor',
        {
          matterCategory: 'work_injury',
          stages: ['first_instance'],
          qualityFactorPermille: 333,
          extras: ['out_of_town_travel'],
        },
        [180_000, 59_940, 20_000, 79_940],
        [23_982, 15_988, 19_985, 19_985],
      ],
    ];
  for (const [name, facts, [stagesFen, adjustedFen, extrasFen, totalFen], funding] of cases) {
    test(name, () => {
      const outcome = subsidyFor(rules, closed(facts));
      if (!outcome.ok) return assert.fail(JSON.stringify(outcome.problems));
      const s = outcome.subsidy;
      assert.deepEqual(
        [s.stagesFen, s.adjustedFen, s.extrasFen, s.totalFen],
        [stagesFen, adjustedFen, extrasFen, totalFen],
      );
      assert.deepEqual(
        fundingSources.map((f) => s.funding[f]),
        funding,
      );
      assert.equal(
        s.lines.reduce((sum, l) => sum + l.amountFen, 0),
        stagesFen + extrasFen,
      );
    });
  }

  test('the lines name the stages and extras in Chinese with their standard', () => {
    const outcome = subsidyFor(rules, closed({ stages: ['non_litigation'], extras: ['out_of_town_travel'] }));
    assert.ok(outcome.ok);
    if (outcome.ok)
      assert.deepEqual(
        outcome.subsidy.lines.map((l) => `${l.kind}:${l.nameZh}:${l.amountFen}`),
        ['stage:非诉:50000', 'extra:异地办案交通补贴:20000'],
      );
  });

  const refusals: [string, Partial<ClosedAidCase>, string[]][] = [
    ['a stage the kind does not have', { matterKind: 'criminal', stages: ['first_instance'] }, ['stages.0:invalid']],
    ['a stage twice', { stages: ['first_instance', 'first_instance'] }, ['stages.1:duplicate']],
    ['no stage', { stages: [] }, ['stages:invalid']],
    ['a factor above 1000', { qualityFactorPermille: 1001 }, ['qualityFactorPermille:invalid']],
    ['a fractional factor', { qualityFactorPermille: 700.5 }, ['qualityFactorPermille:invalid']],
    ['not a date', { closedOn: '2026-02-30' }, ['closedOn:invalid']],
    ['an unknown extra', { extras: ['lunch'] }, ['extras.0:no_standard']],
    ['an extra twice', { extras: ['out_of_town_travel', 'out_of_town_travel'] }, ['extras.1:duplicate']],
    [
      'closed before any standard',
      { closedOn: '2021-06-01' },
      ['stages.0:no_standard', 'stages.1:no_standard', 'stages.2:no_standard', 'divisionCode:no_funding_rule'],
    ],
    [
      'outside the region',
      { divisionCode: ZAOZHUANG, stages: ['first_instance'] },
      ['stages.0:no_standard', 'divisionCode:no_funding_rule'],
    ],
  ];
  for (const [name, facts, problems] of refusals) {
    test(`refused: ${name}`, () => {
      const outcome = subsidyFor(rules, closed(facts));
      assert.equal(outcome.ok, false);
      if (!outcome.ok)
        assert.deepEqual(
          outcome.problems.map((p) => `${p.field}:${p.code}`),
          problems,
        );
    });
  }
});

describe('rule data that would make an amount ambiguous is refused', () => {
  const base = jiningIllustrativeSubsidyRuleData;
  const standard = jiningIllustrativeSubsidyStandards[0]!;
  const funding = base.funding[0]!;
  const cases: [string, SubsidyRuleData, RegExp][] = [
    [
      'two rows for one key on one day',
      { ...base, standards: [standard, { ...standard, id: 99 }] },
      /take effect on 2022-01-01/,
    ],
    [
      'a stage the kind does not have',
      { ...base, standards: [{ ...standard, stage: 'enforcement' }] },
      /criminal has no stage enforcement/,
    ],
    ['an amount in fractions of a fen', { ...base, standards: [{ ...standard, amountFen: 100.5 }] }, /whole fen/],
    ['a negative extra', { ...base, extras: [{ ...base.extras[0]!, amountFen: -1 }] }, /whole fen/],
    [
      'shares not summing to 1000',
      { ...base, funding: [{ ...funding, sharesPermille: { ...funding.sharesPermille, county: 249 } }] },
      /999‰/,
    ],
    [
      'a region that is no prefix',
      { ...base, standards: [{ ...standard, regionPrefix: 'JN' }] },
      /not a division prefix/,
    ],
    [
      'an effective date that is no date',
      { ...base, standards: [{ ...standard, effectiveFrom: '2022-13-01' }] },
      /not a date/,
    ],
  ];
  for (const [name, data, message] of cases) test(name, () => assert.throws(() => compileSubsidyRules(data), message));

  test('every seeded stage exists for its kind, amounts are whole fen', () => {
    for (const s of jiningIllustrativeSubsidyStandards) {
      assert.ok((subsidyStagesByMatterKind[s.matterKind] as readonly string[]).includes(s.stage), `${s.id}`);
      assert.ok(Number.isSafeInteger(s.amountFen) && s.amountFen > 0);
    }
  });
});

/** A small seeded generator (mulberry32): the same "random" cases on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syntheticCases(n: number, seed: number): ClosedAidCase[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const divisions = [RENCHENG, YANZHOU, '370826105000', '370881001000', '370800000000'];
  const kinds: MatterKind[] = ['criminal', 'civil', 'administrative'];
  const factors = [1000, 1000, 1000, 700, 0];
  return Array.from({ length: n }, (_, i) => {
    const matterKind = pick(kinds);
    const stages = subsidyStagesByMatterKind[matterKind].filter(() => random() < 0.6);
    return {
      caseRef: `JN-${i}`,
      handlerId: 1 + Math.floor(random() * 300),
      organizationId: 1 + Math.floor(random() * 40),
      divisionCode: pick(divisions),
      matterKind,
      matterCategory: matterKind === 'civil' && random() < 0.3 ? 'work_injury' : null,
      stages: stages.length > 0 ? stages : [subsidyStagesByMatterKind[matterKind][0]],
      closedOn: `202${4 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
      qualityFactorPermille: random() < 0.2 ? Math.floor(random() * 1001) : pick(factors),
      extras: random() < 0.25 ? ['out_of_town_travel'] : [],
    };
  });
}

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

describe('a payment batch adds up exactly', () => {
  for (const seed of [1, 2, 3, 42, 2026]) {
    test(`random cases, seed ${seed}`, () => {
      const input = syntheticCases(500, seed);
      const batch = subsidyBatch(rules, input);
      assert.equal(batch.cases.length + batch.rejected.length, input.length);
      assert.equal(batch.rejected.length, 0);
      assert.ok(batch.totalFen > 0);
      assert.equal(sum(batch.cases.map((c) => c.totalFen)), batch.totalFen);
      assert.equal(sum(batch.byHandler.map((h) => h.totalFen)), batch.totalFen);
      assert.equal(sum(batch.byOrganization.map((o) => o.totalFen)), batch.totalFen);
      assert.equal(sum(Object.values(batch.byFundingSource)), batch.totalFen);
      assert.equal(sum(batch.byHandler.map((h) => h.cases)), input.length);
      for (const c of batch.cases) {
        assert.equal(sum(Object.values(c.funding)), c.totalFen, c.caseRef);
        assert.equal(c.adjustedFen + c.extrasFen, c.totalFen, c.caseRef);
        assert.ok(Number.isSafeInteger(c.totalFen) && c.totalFen >= 0);
      }
      assert.deepEqual(
        batch.byHandler.map((h) => h.id),
        [...new Set(input.map((c) => c.handlerId))].sort((a, b) => a - b),
      );
    });
  }

  test('a case that cannot be paid is set aside with its reasons, the rest still add up', () => {
    const batch = subsidyBatch(rules, [
      closed({ caseRef: 'A', handlerId: 2 }),
      closed({ caseRef: 'B', closedOn: '2021-01-01' }),
      closed({ caseRef: 'C', handlerId: 1, qualityFactorPermille: 700 }),
    ]);
    assert.deepEqual(
      batch.cases.map((c) => c.caseRef),
      ['A', 'C'],
    );
    assert.deepEqual(
      batch.rejected.map((r) => r.caseRef),
      ['B'],
    );
    assert.equal(batch.totalFen, 330_000 + 231_000);
    assert.deepEqual(batch.byHandler, [
      { id: 1, cases: 1, totalFen: 231_000 },
      { id: 2, cases: 1, totalFen: 330_000 },
    ]);
    assert.deepEqual(batch.byOrganization, [{ id: 10, cases: 2, totalFen: 561_000 }]);
  });

  test('an empty batch is zero everywhere', () => {
    const batch = subsidyBatch(rules, []);
    assert.equal(batch.totalFen, 0);
    assert.deepEqual(batch.byFundingSource, { central: 0, provincial: 0, municipal: 0, county: 0 });
  });
});

describe('speed', () => {
  test('20,000 closed cases in under 500 ms (the best of three runs: the machine may be busy)', () => {
    const input = syntheticCases(20_000, 7);
    subsidyBatch(compileSubsidyRules(jiningIllustrativeSubsidyRuleData), input.slice(0, 500)); // warm up
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const fresh = compileSubsidyRules(jiningIllustrativeSubsidyRuleData); // no memo from an earlier run
      const started = performance.now();
      const batch = subsidyBatch(fresh, input);
      best = Math.min(best, performance.now() - started);
      assert.equal(batch.cases.length, 20_000);
    }
    assert.ok(best < 500, `${best.toFixed(0)} ms`);
  });
});
