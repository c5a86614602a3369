import type { Random } from './demo-random';

/**
 * Word lists for the demo data. Every name built from them is fictional; a match with a
 * real person or firm is a coincidence of common words.
 */

// Common surnames with rough weights for south-west Shandong (孔 and 颜 of Qufu, 孟 of Zoucheng).
const surnameWeights: ReadonlyArray<readonly [string, number]> = [
  ['王', 10],
  ['张', 8],
  ['李', 8],
  ['刘', 6],
  ['孙', 4],
  ['赵', 3],
  ['陈', 3],
  ['杨', 3],
  ['徐', 2.5],
  ['孔', 2.5],
  ['马', 2],
  ['高', 2],
  ['朱', 2],
  ['孟', 1.5],
  ['胡', 1.5],
  ['郭', 1.5],
  ['周', 1.5],
  ['宋', 1.5],
  ['于', 1.5],
  ['颜', 1],
  ['吕', 1],
  ['吴', 1],
  ['董', 1],
  ['韩', 1],
  ['魏', 1],
  ['田', 1],
  ['程', 1],
  ['曹', 1],
  ['许', 1],
  ['贾', 1],
  ['姜', 1],
  ['崔', 1],
  ['丁', 0.8],
  ['薛', 0.8],
  ['杜', 0.8],
  ['任', 0.8],
  ['石', 0.8],
  ['袁', 0.7],
  ['苏', 0.7],
  ['范', 0.6],
  ['姚', 0.6],
  ['郝', 0.6],
  ['史', 0.6],
  ['侯', 0.6],
  ['常', 0.6],
  ['武', 0.6],
  ['阎', 0.6],
  ['邓', 0.5],
  ['彭', 0.5],
  ['蒋', 0.5],
  ['蔡', 0.5],
  ['潘', 0.5],
  ['夏', 0.5],
  ['白', 0.5],
  ['康', 0.5],
  ['秦', 0.5],
  ['邵', 0.5],
  ['段', 0.5],
  ['尹', 0.5],
  ['乔', 0.5],
  ['牛', 0.5],
  ['鲁', 0.5],
  ['邢', 0.5],
  ['卢', 0.5],
  ['曾', 0.5],
  ['傅', 0.5],
  ['毛', 0.4],
  ['邱', 0.4],
  ['贺', 0.4],
  ['庞', 0.4],
  ['樊', 0.4],
  ['翟', 0.4],
  ['安', 0.4],
  ['葛', 0.4],
  ['申', 0.4],
  ['毕', 0.4],
  ['焦', 0.4],
  ['路', 0.4],
  ['岳', 0.4],
  ['齐', 0.4],
  ['耿', 0.4],
  ['苗', 0.4],
  ['方', 0.4],
  ['汪', 0.4],
  ['金', 0.4],
  ['仲', 0.3],
  ['宫', 0.3],
  ['臧', 0.3],
  ['滕', 0.3],
  ['房', 0.3],
  ['柴', 0.3],
  ['纪', 0.3],
  ['靳', 0.3],
  ['景', 0.3],
  ['单', 0.3],
  ['曲', 0.3],
  ['时', 0.3],
  ['庄', 0.3],
  ['辛', 0.3],
  ['管', 0.3],
  ['谷', 0.3],
  ['聂', 0.3],
  ['季', 0.3],
  ['温', 0.3],
  ['陶', 0.3],
  ['钱', 0.3],
  ['殷', 0.3],
  ['关', 0.3],
  ['栾', 0.2],
  ['鞠', 0.2],
  ['卞', 0.2],
  ['巩', 0.2],
  ['窦', 0.2],
  ['迟', 0.2],
  ['冀', 0.2],
  ['郜', 0.2],
  ['宗', 0.2],
  ['荆', 0.2],
  ['栗', 0.2],
  ['娄', 0.2],
  ['盖', 0.2],
  ['穆', 0.2],
  ['党', 0.2],
  ['燕', 0.2],
  ['隋', 0.2],
  ['甄', 0.2],
  ['苑', 0.2],
  ['刁', 0.2],
  ['戚', 0.2],
];
const surnames = surnameWeights.map(([s]) => s);
const surnameWeightList = surnameWeights.map(([, w]) => w);

const maleChars =
  '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁凯峰建国志文东海新庆学德祥永春振兴林成福宏瑞博浩宇帆俊泽洋彬健昊然广胜利军锋晨亮朋冬松岩柱敬忠'.split(
    '',
  );
const femaleChars = '敏静丽娜燕艳芳娟霞玲秀英桂兰梅红萍雪琳婷倩颖慧洁晶莉璐欣悦彤佳怡雯婧蕾爽凤玉翠晓月华美琴云'.split(
  '',
);
// Characters common as the first of two in given names of either sex.
const sharedFirstChars = '晓建志文春海永国立新红学金宏玉俊明子思雨嘉家丽秀德庆宪广继'.split('');

export interface PersonName {
  name: string;
  isFemale: boolean;
}

export function personName(rng: Random, femaleShare = 0.45): PersonName {
  const isFemale = rng.chance(femaleShare);
  const pool = isFemale ? femaleChars : maleChars;
  const surname = rng.weighted(surnames, surnameWeightList);
  const given = rng.chance(0.22)
    ? rng.pick(pool)
    : `${rng.chance(0.5) ? rng.pick(sharedFirstChars) : rng.pick(pool)}${rng.pick(pool)}`;
  return { name: `${surname}${given}`, isFemale };
}

// 字号 (trade names) for firms and institutes: two characters, one from each list.
const tradeNameFirst = '正明信诚公衡泰鲁圣恒誉华儒运齐和英博远弘启乾宏汇睿尚致立嘉鸿晟'.split('');
const tradeNameSecond = '义平达理源联盛航信合正邦泽宇诺通安成智德仁和远衡睿昌润'.split('');
// Avoids the names of a few nationally known firms.
const avoidedTradeNames = new Set([
  '德衡',
  '君合',
  '大成',
  '国浩',
  '中伦',
  '金杜',
  '天元',
  '德和',
  '康桥',
  '汇业',
  '正义',
]);

/** Distinct two-character trade names; `taken` is shared so firms and institutes never collide. */
export function tradeNames(rng: Random, count: number, taken: Set<string>): string[] {
  const names: string[] = [];
  for (let attempts = 0; names.length < count; attempts += 1) {
    if (attempts > count * 100) throw new Error('Ran out of trade names');
    const a = rng.pick(tradeNameFirst);
    const b = rng.pick(tradeNameSecond);
    const name = `${a}${b}`;
    if (a === b || taken.has(name) || avoidedTradeNames.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

const streets =
  '建设路 人民路 解放路 文化路 和平路 政府街 府前街 中心街 新华路 光明路 胜利路 幸福路 振兴路 育才路 团结路 工业路 商业街 迎宾路 滨河路 学府路 青年路 东风路 红旗路 兴业路 富民路 金城路 运河路 长安路'.split(
    ' ',
  );

export function streetAddress(rng: Random): string {
  return `${rng.pick(streets)}${rng.int(1, 298)}号`;
}

/** A public office line in Jining (area code 0537, seven-digit local numbers). */
export function officePhone(rng: Random): string {
  return `0537-${rng.int(2, 8)}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}

const mobilePrefixes = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
];

/** A fake mainland mobile number (13x/15x/18x). */
export function mobilePhone(rng: Random): string {
  return `${rng.pick(mobilePrefixes)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** 镇头村民委员会 → 镇头村, 桃园社区居民委员会 → 桃园社区, 航运新村居委会 → 航运新村社区. */
export function villageShortName(name: string): string {
  const village = name.match(/^(.+?)村?(村民委员会|村委会|村委委员会|村民会员会|村名委员会)$/);
  if (village) return `${village[1]}村`;
  const community = name.match(/^(.+?)(居民委员会|居民委会|居委会)$/);
  if (community) return community[1]!.endsWith('社区') ? community[1]! : `${community[1]}社区`;
  return name;
}

/** 古槐街道 → 古槐, 长沟镇 → 长沟, 微山岛镇 → 微山岛. */
export function townshipShortName(name: string): string {
  return name.replace(/(街道|镇|乡)$/, '') || name;
}

/** 济宁高新技术产业开发区 → 济宁高新区; others unchanged. */
export function countyShortName(name: string): string {
  return name.replace(/高新技术产业开发区$/, '高新区');
}

const idCheckWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckCharacters = '10X98765432';

/**
 * A fake resident ID number (GB 11643-1999) with a valid check character: the six-digit region
 * code, a birth date in `birthYears`, a sequence odd for men and even for women.
 */
export function residentIdNumber(
  rng: Random,
  regionCode: string,
  isFemale: boolean,
  birthYears: readonly [number, number],
): string {
  const birth = `${rng.int(birthYears[0], birthYears[1])}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const sequence = 2 * rng.int(1, 499) + (isFemale ? 0 : 1);
  const body = `${regionCode.slice(0, 6)}${birth}${String(sequence).padStart(3, '0')}`;
  const sum = idCheckWeights.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return `${body}${idCheckCharacters[sum % 11]}`;
}
