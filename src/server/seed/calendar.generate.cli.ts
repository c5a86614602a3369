import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import chineseDays from 'chinese-days';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { projectRoot } from '../paths';

/**
 * npm run calendar:generate
 *
 * Writes db/seeds/calendar/cn-2024-2027.json, the official working-day calendar (工作日历)
 * the server loads at its first start, from the npm package `chinese-days` (MIT), which
 * transcribes the State Council's yearly holiday notices (国务院办公厅关于…部分节假日安排的通知).
 *
 * - 2024–2026: every holiday day and every make-up working weekend day (调休上班) of the package.
 * - 2027: the package has no 2027 notice yet (none was published when 1.5.7 came out). The file
 *   gets a PROVISIONAL set instead: only the statutory holiday days of the 2024 revision of
 *   《全国年节及纪念日放假办法》, placed with the package's lunar and solar-term functions,
 *   each marked `"provisional": true`, and no make-up days (those exist only in a notice).
 *   When the 2027 notice is out, an administrator enters it on the 工作日历 page, or a newer
 *   package version is dropped in here and the file regenerated.
 */
dayjs.extend(utc);

const packageName = 'chinese-days';
const sourceYears = [2024, 2025, 2026] as const;
const provisionalYear = 2027;
const outputFile = path.join(projectRoot, 'db/seeds/calendar/cn-2024-2027.json');

type Kind = 'holiday' | 'workday';
interface SeedDay {
  date: string;
  kind: Kind;
  name: string;
  provisional?: true;
}

// The package's short names, as the State Council notices spell them.
const officialNames: Record<string, string> = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

const require = createRequire(import.meta.url);

async function readPackage() {
  const packageJson = require.resolve(`${packageName}/package.json`);
  const root = path.dirname(packageJson);
  const meta = JSON.parse(await fs.readFile(packageJson, 'utf8')) as { version: string; license: string };
  const data = JSON.parse(await fs.readFile(path.join(root, 'dist/chinese-days.json'), 'utf8')) as Record<
    'holidays' | 'workdays',
    Record<string, string>
  >;
  return { meta, data };
}

/** "Spring Festival,春节,4" → 春节. */
function nameOf(date: string, value: string): string {
  const chinese = value.split(',')[1]?.trim();
  const name = chinese ? officialNames[chinese] : undefined;
  if (!name) throw new Error(`${packageName}: unexpected entry for ${date}: ${JSON.stringify(value)}`);
  return name;
}

function daysFromPackage(data: Record<'holidays' | 'workdays', Record<string, string>>): SeedDay[] {
  const days: SeedDay[] = [];
  const kinds: [keyof typeof data, Kind][] = [
    ['holidays', 'holiday'],
    ['workdays', 'workday'],
  ];
  for (const [key, kind] of kinds) {
    for (const [date, value] of Object.entries(data[key])) {
      if (!sourceYears.some((year) => date.startsWith(`${year}-`))) continue;
      days.push({ date, kind, name: nameOf(date, value) });
    }
  }
  for (const year of sourceYears) {
    if (!days.some((d) => d.date.startsWith(`${year}-`))) throw new Error(`${packageName} has no data for ${year}`);
  }
  return days;
}

const shift = (date: string, days: number) => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');

/**
 * The 13 statutory holiday days of a year (2024 revision of the 放假办法, art. 2), without the
 * bridging days and make-up days that only the year's notice sets.
 */
function statutoryHolidays(year: number): SeedDay[] {
  const lunar = (monthDay: string) => chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;
  const springFestival = lunar('01-01');
  const qingming = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
  const days: [string, string][] = [
    [`${year}-01-01`, '元旦'],
    // 除夕 is the day before 正月初一, whether 腊月 has 29 or 30 days.
    [shift(springFestival, -1), '春节'],
    [springFestival, '春节'],
    [shift(springFestival, 1), '春节'],
    [shift(springFestival, 2), '春节'],
    [qingming, '清明节'],
    [`${year}-05-01`, '劳动节'],
    [`${year}-05-02`, '劳动节'],
    [lunar('05-05'), '端午节'],
    [lunar('08-15'), '中秋节'],
    [`${year}-10-01`, '国庆节'],
    [`${year}-10-02`, '国庆节'],
    [`${year}-10-03`, '国庆节'],
  ];
  return days.map(([date, name]) => ({ date, kind: 'holiday', name, provisional: true }));
}

async function main(): Promise<void> {
  const { meta, data } = await readPackage();
  const provisional = statutoryHolidays(provisionalYear);
  if (new Set(provisional.map((d) => d.date)).size !== provisional.length) {
    throw new Error(`${provisionalYear}: two statutory holidays fall on one day; set that year by hand`);
  }
  const days = [...daysFromPackage(data), ...provisional].sort((a, b) => a.date.localeCompare(b.date));
  const seed = {
    source: {
      package: `${packageName}@${meta.version}`,
      licence: meta.license,
      file: 'dist/chinese-days.json',
      origin: '国务院办公厅关于部分节假日安排的通知 (State Council holiday notices), as transcribed by the package',
    },
    years: [...sourceYears, provisionalYear],
    provisionalYears: [provisionalYear],
    note:
      `${provisionalYear} is PROVISIONAL: only the statutory holiday days of 《全国年节及纪念日放假办法》 (2024 revision), ` +
      'computed from the lunar calendar and the Qingming solar term, with no bridging or make-up days; ' +
      `replace them when the State Council publishes the ${provisionalYear} arrangement.`,
    generatedBy: 'npm run calendar:generate (src/server/seed/calendar.generate.cli.ts)',
    days,
  };
  // One day per line, so a diff of a regenerated file reads day by day.
  const { days: _, ...head } = seed;
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  const text = `${headText},\n  "days": [\n${days.map((d) => `    ${JSON.stringify(d)}`).join(',\n')}\n  ]\n}\n`;
  JSON.parse(text);
  await fs.mkdir(path.dirname(outputFile), { recursive: true });
  await fs.writeFile(outputFile, text);
  const count = (kind: Kind) => days.filter((d) => d.kind === kind).length;
  console.log(
    `工作日历：${count('holiday')} 个节假日，${count('workday')} 个调休上班日（其中 ${provisional.length} 天为 ` +
      `${provisionalYear} 年暂定）→ ${path.relative(projectRoot, outputFile)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
