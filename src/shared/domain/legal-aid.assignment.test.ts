import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type AidCandidate,
  type AidHandlerKind,
  compareForRotation,
  lawyerShare,
  nonLawyerOutlook,
  pickAssignee,
} from './legal-aid.assignment';
import type { MatterKind } from './legal-aid.catalogue';
import { type ConflictResult, checkConflict } from './legal-aid.conflict';

const at = (iso: string) => new Date(iso);

const person = (id: number, facts: Partial<AidCandidate> = {}): AidCandidate => ({
  id,
  name: `律师${id}`,
  kind: 'lawyer',
  openCases: 3,
  lastAssignedAt: at('2026-11-01T02:00:00Z'),
  available: true,
  onDuty: false,
  ...facts,
});

const conflictOf = (caseRef: string): ConflictResult =>
  checkConflict({
    opposingParty: { name: '张三' },
    candidateCases: [{ caseRef, client: { name: '张三' }, opposingParty: null }],
    firmCases: [],
  });

describe('picking the handler', () => {
  const cases: [
    string,
    MatterKind,
    AidCandidate[],
    [number, ConflictResult][],
    { handlerId: number | null; via: string | null; skipped: string[] },
  ][] = [
    [
      'fewest open cases first',
      'civil',
      [person(1, { openCases: 4 }), person(2, { openCases: 2, kind: 'grassroots_legal_worker' }), person(3)],
      [],
      { handlerId: 2, via: 'rotation', skipped: [] },
    ],
    [
      'tie on open cases: longest since the last assignment',
      'civil',
      [
        person(1, { lastAssignedAt: at('2026-11-20T01:00:00Z') }),
        person(2, { lastAssignedAt: at('2026-10-02T01:00:00Z'), kind: 'legal_aid_centre_staff' }),
        person(3, { lastAssignedAt: at('2026-11-02T01:00:00Z') }),
      ],
      [],
      { handlerId: 2, via: 'rotation', skipped: [] },
    ],
    [
      'tie: never assigned goes before anyone assigned',
      'administrative',
      [person(1, { lastAssignedAt: at('2020-01-01T00:00:00Z') }), person(5, { lastAssignedAt: null })],
      [],
      { handlerId: 5, via: 'rotation', skipped: [] },
    ],
    [
      'full tie: the lowest id, whatever the input order',
      'civil',
      [person(9), person(4), person(7)],
      [],
      { handlerId: 4, via: 'rotation', skipped: [] },
    ],
    [
      'conflicted and unavailable are skipped, with reasons',
      'civil',
      [person(1, { openCases: 0 }), person(2, { openCases: 1, available: false }), person(3, { openCases: 5 })],
      [[1, conflictOf('H-1')]],
      { handlerId: 3, via: 'rotation', skipped: ['1:conflict', '2:unavailable'] },
    ],
    [
      'a conflict result without hits does not skip',
      'civil',
      [person(1, { openCases: 0 })],
      [[1, { conflict: false, hits: [] }]],
      { handlerId: 1, via: 'rotation', skipped: [] },
    ],
    [
      'everyone conflicted: nobody, with the reasons',
      'civil',
      [person(1), person(2)],
      [
        [1, conflictOf('J-1')],
        [2, conflictOf('J-2')],
      ],
      { handlerId: null, via: null, skipped: ['1:conflict', '2:conflict'] },
    ],
    [
      'criminal: the duty lawyer goes first even with more open cases',
      'criminal',
      [
        person(1, { openCases: 0 }),
        person(2, { openCases: 6, onDuty: true }),
        person(3, { openCases: 9, onDuty: true }),
      ],
      [],
      { handlerId: 2, via: 'duty', skipped: [] },
    ],
    [
      'criminal: duty lawyers unavailable or conflicted, the rotation among lawyers',
      'criminal',
      [
        person(1, { openCases: 0, kind: 'grassroots_legal_worker' }),
        person(2, { onDuty: true, available: false }),
        person(3, { onDuty: true }),
        person(4, { openCases: 5 }),
      ],
      [[3, conflictOf('K-3')]],
      { handlerId: 4, via: 'rotation', skipped: ['1:not_a_lawyer', '2:unavailable', '3:conflict'] },
    ],
    [
      'criminal: nobody but non-lawyers',
      'criminal',
      [person(1, { kind: 'legal_aid_centre_staff' }), person(2, { kind: 'grassroots_legal_worker' })],
      [],
      { handlerId: null, via: null, skipped: ['1:not_a_lawyer', '2:not_a_lawyer'] },
    ],
    [
      'civil: being on duty gives no precedence',
      'civil',
      [person(1, { openCases: 2 }), person(2, { openCases: 6, onDuty: true })],
      [],
      { handlerId: 1, via: 'rotation', skipped: [] },
    ],
    ['an empty pool', 'civil', [], [], { handlerId: null, via: null, skipped: [] }],
  ];
  for (const [name, matterKind, candidates, conflicts, expected] of cases) {
    test(name, () => {
      const decision = pickAssignee({ matterKind, candidates, conflicts: new Map(conflicts) });
      assert.deepEqual(
        {
          handlerId: decision.handlerId,
          via: decision.via,
          skipped: decision.skipped.map((s) => `${s.id}:${s.reason}`),
        },
        expected,
      );
      for (const s of decision.skipped) assert.ok(s.details.length > 0 && s.details.every((d) => d.length > 0));
    });
  }

  test('the reasons of a conflict are the conflict check’s', () => {
    const decision = pickAssignee({
      matterKind: 'civil',
      candidates: [person(1)],
      conflicts: new Map([[1, conflictOf('(2026)鲁0811民初7号')]]),
    });
    assert.match(
      decision.skipped[0]!.details[0]!,
      /^该律师正在代理对方当事人「张三」的案件（案号 \(2026\)鲁0811民初7号）/,
    );
  });

  test('criminal reasons name the handler kind', () => {
    const decision = pickAssignee({
      matterKind: 'criminal',
      candidates: [person(1, { name: '刘工作者', kind: 'grassroots_legal_worker' })],
      conflicts: new Map(),
    });
    assert.deepEqual(decision.skipped[0]!.details, [
      '刑事法律援助案件应当指派律师承办，刘工作者为基层法律服务工作者。',
    ]);
  });

  test('the rotation order is a total order', () => {
    const a = person(1);
    assert.equal(compareForRotation(a, a), 0);
    assert.ok(compareForRotation(person(1), person(2)) < 0);
    assert.ok(compareForRotation(person(2), person(1)) > 0);
  });
});

const handled = (lawyers: number, others: number): { handlerKind: AidHandlerKind }[] => [
  ...Array.from({ length: lawyers }, () => ({ handlerKind: 'lawyer' as const })),
  ...Array.from({ length: others }, (_, i) => ({
    handlerKind: i % 2 === 0 ? ('grassroots_legal_worker' as const) : ('legal_aid_centre_staff' as const),
  })),
];

describe('the lawyers’ share against 40 %', () => {
  const cases: [string, number, number, number | null, boolean][] = [
    ['no cases: nothing to miss', 0, 0, null, true],
    ['exactly 40 %', 2, 3, 400, true],
    ['just under: 399.6 ‰ rounds down and is not met', 333, 500, 399, false],
    ['just over', 401, 599, 401, true],
    ['all lawyers', 5, 0, 1000, true],
    ['no lawyers', 0, 5, 0, false],
    ['2 of 7 (285.7 ‰)', 2, 5, 285, false],
  ];
  for (const [name, lawyers, others, share, met] of cases) {
    test(name, () => {
      const result = lawyerShare(handled(lawyers, others));
      assert.deepEqual(result, {
        lawyerCases: lawyers,
        totalCases: lawyers + others,
        sharePermille: share,
        targetPermille: 400,
        met,
      });
    });
  }
});

describe('what one more case to a non-lawyer does', () => {
  const cases: [string, number, number, boolean, number | null, number][] = [
    ['2 of 4: a fifth to a non-lawyer is exactly 40 %', 2, 2, true, 400, 1],
    ['2 of 5 (at 40 %): a sixth drops it', 2, 3, false, 333, 0],
    ['no cases yet: the first to a non-lawyer drops it to 0', 0, 0, false, 0, 0],
    ['already under: still under', 1, 5, false, 142, 0],
    ['8 of 10: ten more non-lawyer cases keep it', 8, 2, true, 727, 10],
  ];
  for (const [name, lawyers, others, keeps, shareAfter, headroom] of cases) {
    test(name, () => {
      const outlook = nonLawyerOutlook(handled(lawyers, others));
      assert.equal(outlook.keepsTarget, keeps);
      assert.equal(outlook.after.sharePermille, shareAfter);
      assert.equal(outlook.after.totalCases, lawyers + others + 1);
      assert.equal(outlook.headroom, headroom);
      // The headroom is exact: that many more keep a met target, one more never does.
      if (lawyerShare(handled(lawyers, others)).met) assert.ok(lawyerShare(handled(lawyers, others + headroom)).met);
      assert.equal(lawyerShare(handled(lawyers, others + headroom + 1)).met, false);
    });
  }
});
