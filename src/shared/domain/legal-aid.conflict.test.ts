import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type ConflictOpenCase,
  type ConflictParty,
  checkConflict,
  matchParty,
  normalizePartyId,
  normalizePartyName,
} from './legal-aid.conflict';

const ID_ZHANG = '370811199001011234';
const ID_OTHER_ZHANG = '370811198502023456';
const CREDIT = '91370800MA3C123456';

describe('names are compared in a normal form', () => {
  const cases: [string, string, string][] = [
    ['trimmed', '  张三 ', '张三'],
    ['inner spaces, full-width space too', '张　三', '张三'],
    ['full-width Latin and digits, lower case', 'ＡＢＣ科技１号', 'abc科技1号'],
    ['full-width brackets and punctuation removed', '济宁某某（集团）有限公司。', '济宁某某集团有限公司'],
    ['middle dot of transliterated names', '阿依古丽·买买提', '阿依古丽买买提'],
    ['有限责任公司 as 有限公司', '济宁鲁运物流有限责任公司', '济宁鲁运物流有限公司'],
    ['有限公司 unchanged', '济宁鲁运物流有限公司', '济宁鲁运物流有限公司'],
    ['Latin case-insensitive', 'Shandong ACME Co., Ltd.', 'shandongacmecoltd'],
  ];
  for (const [name, input, expected] of cases) test(name, () => assert.equal(normalizePartyName(input), expected));

  test('IDs: full-width, lower-case x, spaces and hyphens', () => {
    assert.equal(normalizePartyId(' ３７０８１１ 1990-0101-123x '), '37081119900101123X');
  });
});

describe('matching two parties', () => {
  const cases: [string, ConflictParty, ConflictParty, 'id' | 'name' | null][] = [
    ['same name, no IDs', { name: '张三' }, { name: '张三' }, 'name'],
    ['same name, one ID', { name: '张三', idNumber: ID_ZHANG }, { name: '张 三' }, 'name'],
    ['same ID, different names', { name: '张三', idNumber: ID_ZHANG }, { name: '张叁', idNumber: ID_ZHANG }, 'id'],
    [
      'same name, different IDs: two people',
      { name: '张三', idNumber: ID_ZHANG },
      { name: '张三', idNumber: ID_OTHER_ZHANG },
      null,
    ],
    ['different names, no IDs', { name: '张三' }, { name: '李四' }, null],
    ['blank names never match', { name: ' ' }, { name: '。' }, null],
    [
      'credit code with a different short name',
      { name: '鲁运物流', idNumber: CREDIT },
      { name: '济宁鲁运物流有限责任公司', idNumber: CREDIT.toLowerCase() },
      'id',
    ],
  ];
  for (const [name, a, b, expected] of cases) test(name, () => assert.equal(matchParty(a, b), expected));
});

const open = (
  caseRef: string,
  client: ConflictParty,
  opposingParty: ConflictParty | null = null,
  handlerName?: string,
): ConflictOpenCase => ({
  caseRef,
  client,
  opposingParty,
  handlerName,
});

describe('the conflict check', () => {
  const cases: [
    string,
    Parameters<typeof checkConflict>[0],
    { holder: string; kind: string; matchedBy: string; caseRef: string; reason: RegExp }[],
  ][] = [
    [
      'the candidate represents the opposing party: exact name',
      {
        opposingParty: { name: '张三' },
        candidateCases: [open('(2026)鲁0811民初100号', { name: '张三' })],
        firmCases: [],
      },
      [
        {
          holder: 'candidate',
          kind: 'client_is_opposing_party',
          matchedBy: 'name',
          caseRef: '(2026)鲁0811民初100号',
          reason:
            /^该律师正在代理对方当事人「张三」的案件（案号 \(2026\)鲁0811民初100号），仅姓名（名称）相同、未能核对证件号码，请核实是否为同一当事人。$/,
        },
      ],
    ],
    [
      'full-width and spaces in the recorded name',
      {
        opposingParty: { name: 'ＡＢＣ 科技有限公司' },
        candidateCases: [open('A-1', { name: 'abc科技有限公司' })],
        firmCases: [],
      },
      [
        {
          holder: 'candidate',
          kind: 'client_is_opposing_party',
          matchedBy: 'name',
          caseRef: 'A-1',
          reason: /「ＡＢＣ 科技有限公司」.*仅姓名/,
        },
      ],
    ],
    [
      'company suffix variants',
      {
        opposingParty: { name: '济宁鲁运物流有限公司' },
        candidateCases: [],
        firmCases: [open('B-7', { name: '济宁鲁运物流有限责任公司' }, null, '王五')],
      },
      [
        {
          holder: 'firm',
          kind: 'client_is_opposing_party',
          matchedBy: 'name',
          caseRef: 'B-7',
          reason: /^同一律所律师王五正在代理对方当事人「济宁鲁运物流有限公司」/,
        },
      ],
    ],
    [
      'an ID match with a different name is decisive',
      {
        opposingParty: { name: '张三', idNumber: ID_ZHANG },
        candidateCases: [open('C-2', { name: '张叁', idNumber: ID_ZHANG })],
        firmCases: [],
      },
      [
        {
          holder: 'candidate',
          kind: 'client_is_opposing_party',
          matchedBy: 'id',
          caseRef: 'C-2',
          reason: /证件号码一致（该案登记名称为「张叁」）。$/,
        },
      ],
    ],
    [
      'an ID match with the same name says so plainly',
      {
        opposingParty: { name: '张三', idNumber: ID_ZHANG },
        candidateCases: [open('C-3', { name: '张三', idNumber: ID_ZHANG })],
        firmCases: [],
      },
      [
        {
          holder: 'candidate',
          kind: 'client_is_opposing_party',
          matchedBy: 'id',
          caseRef: 'C-3',
          reason: /，证件号码一致。$/,
        },
      ],
    ],
    [
      'same name, different IDs: no conflict',
      {
        opposingParty: { name: '张三', idNumber: ID_ZHANG },
        candidateCases: [open('D-1', { name: '张三', idNumber: ID_OTHER_ZHANG })],
        firmCases: [],
      },
      [],
    ],
    [
      'no conflict: other parties, and sharing the opposing party is no conflict',
      {
        opposingParty: { name: '张三' },
        applicant: { name: '李四' },
        candidateCases: [open('E-1', { name: '王五' }, { name: '张三' })],
        firmCases: [open('E-2', { name: '赵六' }, { name: '钱七' }, '孙律师')],
      },
      [],
    ],
    [
      "the candidate's own case listed among the firm's is reported once, as the candidate's",
      {
        opposingParty: { name: '张三' },
        candidateCases: [open('F-1', { name: '张三' })],
        firmCases: [open('F-1', { name: '张三' }, null, '本人'), open('F-2', { name: '张三' }, null, '周律师')],
      },
      [
        { holder: 'candidate', kind: 'client_is_opposing_party', matchedBy: 'name', caseRef: 'F-1', reason: /^该律师/ },
        {
          holder: 'firm',
          kind: 'client_is_opposing_party',
          matchedBy: 'name',
          caseRef: 'F-2',
          reason: /^同一律所律师周律师/,
        },
      ],
    ],
    [
      'acting against the applicant in another case',
      {
        opposingParty: { name: '张三' },
        applicant: { name: '李四', idNumber: ID_OTHER_ZHANG },
        candidateCases: [open('G-1', { name: '王五' }, { name: '李 四', idNumber: ID_OTHER_ZHANG })],
        firmCases: [],
      },
      [
        {
          holder: 'candidate',
          kind: 'opposes_applicant',
          matchedBy: 'id',
          caseRef: 'G-1',
          reason:
            /^该律师正在另一案件中代理受援人「李四」的相对方（案号 G-1），证件号码一致（该案登记名称为「李 四」）。$/,
        },
      ],
    ],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      const result = checkConflict(input);
      assert.equal(result.conflict, expected.length > 0);
      assert.equal(result.hits.length, expected.length);
      result.hits.forEach((hit, i) => {
        const want = expected[i]!;
        assert.deepEqual(
          { holder: hit.holder, kind: hit.kind, matchedBy: hit.matchedBy, caseRef: hit.caseRef },
          { holder: want.holder, kind: want.kind, matchedBy: want.matchedBy, caseRef: want.caseRef },
        );
        assert.match(hit.reason, want.reason);
      });
    });
  }
});
