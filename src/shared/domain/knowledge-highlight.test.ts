import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countMatchedTerms, excerptText, type HighlightSegment, highlightText } from './knowledge-highlight';

/** Segments as a string with the matches in [brackets], easy to read in a table. */
const show = (segments: HighlightSegment[]) => segments.map((s) => (s.isMatch ? `[${s.text}]` : s.text)).join('');

const cases: [text: string, terms: string[], marked: string][] = [
  ['用人单位拖欠劳动报酬的', ['拖欠', '劳动报酬', '劳动'], '用人单位[拖欠劳动报酬]的'],
  ['公司拖欠工资怎么办', ['工资'], '公司拖欠[工资]怎么办'],
  ['交通事故责任认定书', ['交通', '交通事故', '认定'], '[交通事故]责任[认定]书'],
  ['没有匹配', ['工伤'], '没有匹配'],
  ['Full-width ＡＢＣ and Abc', ['abc'], 'Full-width [ＡＢＣ] and [Abc]'],
  ['表情😭后的欠薪', ['欠薪'], '表情😭后的[欠薪]'],
  ['', ['欠薪'], ''],
  ['欠薪欠薪', ['欠薪'], '[欠薪欠薪]'],
  ['空的词', [''], '空的词'],
];
for (const [text, terms, marked] of cases) {
  test(`highlight "${text}" with ${terms.join('|')}`, () => {
    const segments = highlightText(text, terms);
    assert.equal(show(segments), marked);
    assert.equal(segments.map((s) => s.text).join(''), text, 'the segments give the original text back');
  });
}

test('countMatchedTerms counts distinct terms', () => {
  assert.equal(countMatchedTerms('工资工资工伤', ['工资', '工伤', '离婚']), 2);
  assert.equal(countMatchedTerms('', ['工资']), 0);
});

test('excerpt: the window with the most matches, ellipses where cut, lines as spaces', () => {
  const text = `${'前言'.repeat(60)}\n欠薪可以投诉，欠薪也可以申请仲裁。${'后记'.repeat(60)}`;
  const snippet = show(excerptText(text, ['欠薪', '仲裁'], 40));
  assert.ok(snippet.startsWith('…'), snippet);
  assert.ok(snippet.endsWith('…'), snippet);
  assert.ok(snippet.includes('[欠薪]可以投诉，[欠薪]也可以申请[仲裁]'), snippet);
  assert.ok(!snippet.includes('\n'));
  assert.ok(snippet.length <= 40 + 2 + 6 * 2);
});

test('excerpt opens at a clause boundary inside its lead', () => {
  const text = `${'前'.repeat(40)}劳动合同法，被拖欠工资的可以投诉${'后'.repeat(40)}`;
  assert.ok(show(excerptText(text, ['拖欠'], 30)).startsWith('…被[拖欠]工资'));
});

test('excerpt without a match is the beginning; a short text is whole', () => {
  assert.equal(show(excerptText('一二三四五六七八九十', ['工伤'], 5)), '一二三四五…');
  assert.equal(show(excerptText('欠薪', ['欠薪'], 50)), '[欠薪]');
});

test('excerpt never cuts an emoji in half', () => {
  const text = `${'😭'.repeat(30)}欠薪${'😭'.repeat(30)}`;
  for (const length of [9, 10, 11, 20]) {
    const joined = excerptText(text, ['欠薪'], length)
      .map((s) => s.text)
      .join('');
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(joined), joined);
    assert.ok(joined.includes('欠薪'));
  }
});
