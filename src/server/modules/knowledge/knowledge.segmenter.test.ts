import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { demoKnowledgeArticles } from '../../seed/knowledge.demo';
import { loadSegmenter, type Segmenter } from './knowledge.segmenter';

let segmenter: Segmenter;
before(async () => {
  segmenter = await loadSegmenter();
});

test('loads once: every caller shares the one dictionary', async () => {
  assert.equal(await loadSegmenter(), segmenter);
});

// text → tokens that must be there, tokens that must not
const cases: [text: string, present: string[], absent: string[]][] = [
  ['交通事故认定书不服', ['交通事故', '交通', '事故', '认定书', '不服'], []],
  ['我想咨询一下劳动仲裁的流程', ['劳动仲裁', '劳动', '仲裁', '流程'], ['我', '想', '咨询', '一下', '的']],
  ['被狗咬了吗？', ['狗', '咬'], ['被', '了', '吗', '？']],
  ['房东不退押金怎么办', ['房东', '退', '押金'], ['不', '怎么办', '怎么']],
  ['ＡＢＣ公司 iPhone14 help!!', ['abc', '公司', 'iphone14', 'help'], ['ＡＢＣ', '!!', ' ']],
  ['😭😭欠薪😡，??', ['欠薪'], ['😭', '😡', '??', '，']],
  ['a 1 é 3号', ['号'], ['a', '1', 'é', '3']],
  ['离婚冷静期和人身安全保护令', ['离婚冷静期', '离婚', '人身安全保护令'], ['和']],
];
for (const [text, present, absent] of cases) {
  test(`tokenize "${text}"`, () => {
    const tokens = segmenter.tokenize(text);
    for (const token of present) assert.ok(tokens.includes(token), `${token} in ${tokens.join(' ')}`);
    for (const token of absent) assert.ok(!tokens.includes(token), `${token} not in ${tokens.join(' ')}`);
  });
}

test('tokens are letters and digits only, of bounded length, for any input', () => {
  const noisy = `${'x'.repeat(100)} https://example.com/a?b=c ¥100.5元 \u0000\t\n 第一百二十三条 ${'欠'.repeat(5)} ①②`;
  for (const token of segmenter.tokenize(noisy)) {
    assert.match(token, /^[\p{L}\p{N}]+$/u, token);
    assert.ok(token.length <= 32, token);
  }
  assert.deepEqual(segmenter.tokenize(''), []);
  assert.deepEqual(segmenter.tokenize('，。！？、…—'), []);
});

test('query terms are the distinct tokens, in order', () => {
  assert.deepEqual(segmenter.queryTerms('工资 工资 拖欠'), ['工资', '拖欠']);
});

test('“公司拖欠工资怎么办” meets the unpaid-wages article, which contains no such sentence', () => {
  const query = '公司拖欠工资怎么办';
  const text = (a: (typeof demoKnowledgeArticles)[number]) => [a.title, ...a.keywords, a.question, a.answer].join('\n');
  assert.ok(!demoKnowledgeArticles.some((a) => text(a).includes(query)), 'no article contains the query as typed');
  const unpaidWages = demoKnowledgeArticles.find(
    (a) => a.keywords.includes('欠薪') && a.legalDomain === 'labor_dispute',
  );
  assert.ok(unpaidWages);
  const terms = segmenter.queryTerms(query);
  const overlap = (a: (typeof demoKnowledgeArticles)[number]) => {
    const tokens = new Set(segmenter.tokenize(text(a)));
    return terms.filter((t) => tokens.has(t));
  };
  assert.deepEqual(overlap(unpaidWages).sort(), ['工资', '拖欠', '拖欠工资'].sort());
  const best = Math.max(...demoKnowledgeArticles.map((a) => overlap(a).length));
  assert.equal(overlap(unpaidWages).length, best, 'no article shares more of the words');
});
