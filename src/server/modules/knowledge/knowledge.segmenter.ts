import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

/**
 * Chinese word segmentation for the knowledge base, with jieba in search mode: a compound
 * such as 交通事故 yields the words inside it as well (交通, 事故, 交通事故), so an article
 * indexed under the compound is found by either part and the other way round.
 *
 * The same function tokenises the articles (index time) and the question typed (query
 * time), so both sides always agree. Tokens are NFKC-folded and lower-cased (ＡＢＣ = abc),
 * split on anything that is not a letter or digit (punctuation, spaces, emoji are never
 * tokens), and only letters and digits reach PostgreSQL: its 'simple' parser then reads
 * each token as one word on PGlite and on the server alike, whatever their locales.
 *
 * What is dropped, and why:
 * - function words and question words (的 了 吗 呢, 怎么办 什么 可以): a citizen's question
 *   is full of them and no article is about them; kept, they would rank every article.
 * - single letters and digits of other scripts (a, 3, é): noise of typing, matching everything.
 * Single Chinese characters are kept unless they are function words: in Chinese one
 * character is often the whole content (房, 车, 债, 赔, 骗, 打), and jieba leaves a
 * character alone precisely when it is not part of a longer word.
 */
export interface Segmenter {
  /** Index and query tokens of a text, in order, with repeats (term frequency counts in ranking). */
  tokenize(text: string): string[];
  /** Distinct query terms of a search box input. */
  queryTerms(text: string): string[];
}

const singleCharStopwords = new Set(
  [
    ...'的地得了着过吗呢吧啊呀哦嘛么哈呐哎唉喔噢和与及或而且但并就也都还又再才只很太更最是在有被把将对向从给让由于以为之其此这那哪谁啥',
    ...'我你您他她它们咱俺个些种样下一不没要会能可该想请问说去来到做看等好吧呗啦哇嗯',
  ].filter((c) => c.trim()),
);

const wordStopwords = new Set(
  (
    '怎么 怎么办 怎么样 怎样 如何 什么 为什么 为何 哪些 哪里 哪个 多少 可以 能否 是否 能不能 可不可以 会不会 ' +
    '有没有 没有 应该 需要 请问 咨询 谢谢 你好 您好 我们 你们 他们 她们 自己 一个 这个 那个 这样 那样 这种 ' +
    '那种 如果 但是 因为 所以 然后 还是 或者 已经 现在 时候 问题 情况 一下 知道 觉得 就是 还有 这些 那些 之后 ' +
    '以后 以前 之前 有关 关于 相关 进行 一些 不是 不能 不会 可能 目前 比较 非常 其他 其中 因此 以及 并且 而且 ' +
    '虽然 或是 怎么回事 要求 有人 请教 帮忙 一直'
  ).split(' '),
);

/**
 * Legal terms jieba's general dictionary splits apart (checked one by one with cut()):
 * as words they stay whole in the default cut, and search mode still adds their parts.
 * The frequency is high enough to beat the split, low enough not to swallow neighbours.
 */
const legalTerms = (
  '讨薪 劳动仲裁 劳动争议 经济补偿 经济补偿金 双倍工资 二倍工资 工伤认定 劳动能力鉴定 伤残等级 停工留薪期 ' +
  '劳务派遣 竞业限制 协议离婚 诉讼离婚 离婚冷静期 夫妻共同财产 夫妻共同债务 人身安全保护令 告诫书 自书遗嘱 ' +
  '代书遗嘱 打印遗嘱 公证遗嘱 交强险 商业险 三者险 肇事逃逸 残疾赔偿金 死亡赔偿金 ' +
  '精神损害抚慰金 民间借贷 支付令 房屋租赁 买卖不破租赁 优先购买权 房屋征收 征收补偿 产权调换 拆迁补偿 ' +
  '安置补助费 土地补偿费 实际施工人 违法分包 优先受偿权 值班律师 司法确认 调解协议 高空抛物 股权转让 ' +
  '医疗损害 退一赔三 假一赔三 假一赔十 无理由退货 十倍赔偿 三倍赔偿 一般保证 连带责任保证 保证期间 抵押登记 ' +
  '信息公开 船舶优先权 海事法院 出国务工 法律援助中心 免予核查'
).split(' ');

const termFrequency = 3000;
// Longer runs are not words (pasted URLs, ids); PostgreSQL would also refuse lexemes over 2 KB.
const maxTokenLength = 32;
const wordPattern = /[\p{L}\p{N}]+/gu;

const hanCharacter = /^\p{Script=Han}$/u;

function isKept(token: string): boolean {
  if (token.length > maxTokenLength) return false;
  if ([...token].length === 1) return hanCharacter.test(token) && !singleCharStopwords.has(token);
  return !wordStopwords.has(token);
}

function createSegmenter(jieba: Jieba): Segmenter {
  const tokenize = (text: string) => {
    const folded = text.normalize('NFKC').toLowerCase();
    const tokens: string[] = [];
    for (const piece of jieba.cutForSearch(folded, true)) {
      for (const word of piece.match(wordPattern) ?? []) if (isKept(word)) tokens.push(word);
    }
    return tokens;
  };
  return { tokenize, queryTerms: (text) => [...new Set(tokenize(text))] };
}

let loading: Promise<Segmenter> | undefined;

/**
 * The process's one segmenter, created on first use: the dictionary costs ~40 MB and a few
 * hundred milliseconds, which a process that never searches the knowledge base should not pay.
 * dict.txt is read directly rather than through '@node-rs/jieba/dict.js', which also reads and
 * keeps the 6 MB IDF table we do not use (measured: 11 MB less resident).
 */
export function loadSegmenter(): Promise<Segmenter> {
  loading ??= Promise.resolve().then(() => {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const jieba = Jieba.withDict(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
    jieba.loadDict(Buffer.from(legalTerms.map((term) => `${term} ${termFrequency} n`).join('\n')));
    return createSegmenter(jieba);
  });
  return loading;
}
