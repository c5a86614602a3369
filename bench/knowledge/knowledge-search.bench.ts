import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../../src/server/config';
import type { DatabaseKind } from '../../src/server/db/database';
import type { AppDeps } from '../../src/server/deps';
import type { Actor } from '../../src/server/http/actor';
import { loadSegmenter } from '../../src/server/modules/knowledge/knowledge.segmenter';
import { listArticles } from '../../src/server/modules/knowledge/knowledge.service';
import { createFieldCipher } from '../../src/server/security/field-cipher';
import { demoKnowledgeArticles, seedDemoKnowledge } from '../../src/server/seed/knowledge.demo';
import { type LegalDomain, legalDomainOfLabel, legalDomains } from '../../src/shared/domain/legal-domain';
import { listKnowledgeArticlesQuerySchema } from '../../src/shared/schemas/knowledge.schema';
import { openTestDatabase } from '../../tests/support/test-databases';

/**
 * Knowledge search benchmark: latency and quality of GET /knowledge/articles?q= as the service
 * runs it (segmentation, ranked query, snippets), on the demo articles, for the labelled citizen
 * questions of ../shared/datasets/legal-questions. Those questions are read from that folder at
 * run time and never copied into the repository (their licence allows evaluation, not shipping);
 * the results file holds figures only.
 *
 * Latency: p50/p99 per query on PGlite and on the PostgreSQL server, next to a bare `select 1`
 * on the same connection (the floor any query pays). Quality: for each question, does the top
 * result's legal domain equal the question's label (hit@1), or any of the top five (hit@5)?
 * The labels are noisy (the README puts a trained model's ceiling near 40 %), and the articles
 * are a few dozen: the figure tracks the ranking from change to change, it is not a triage score.
 *
 * `npm run bench:knowledge` → prints a table, writes bench/results/knowledge.json.
 */
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = process.env.KNOWLEDGE_BENCH_DATA ?? path.resolve(root, '../shared/datasets/legal-questions');
const resultFile = path.join(root, 'bench/results/knowledge.json');
const ceilingRounds = 500;
const warmupQueries = 30;
const topK = 5;

interface Question {
  text: string;
  domain: LegalDomain;
}

async function readQuestions(): Promise<Question[]> {
  const questions: Question[] = [];
  for (const file of ['train.jsonl', 'dev.jsonl']) {
    const text = await fs.readFile(path.join(dataDir, file), 'utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; label: string };
      const domain = legalDomainOfLabel(row.label);
      if (!domain) throw new Error(`${file}: unknown label ${row.label}`);
      questions.push({ text: row.text, domain });
    }
  }
  return questions;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function latency(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / samples.length),
  };
}

// A hotline agent: published articles only, as the hotline console searches.
const agent = { userId: 0, roles: ['hotline_agent'], scopePrefix: '37' } as unknown as Actor;

async function runOn(kind: DatabaseKind, questions: Question[]) {
  const handle = await openTestDatabase(kind);
  try {
    await seedDemoKnowledge(handle.db);
    const deps: AppDeps = {
      db: handle.db,
      cipher: createFieldCipher('knowledge-bench-secret-0123456789abcdef'),
      config: loadConfig({}),
      clock: () => new Date(),
      listen: handle.listen,
    };
    const search = (text: string) =>
      listArticles(deps, agent, listKnowledgeArticlesQuerySchema.parse({ q: text, limit: String(topK) }));
    for (const q of questions.slice(0, warmupQueries)) await search(q.text);

    const ceiling: number[] = [];
    for (let i = 0; i < ceilingRounds; i += 1) {
      const started = performance.now();
      await sql`select 1`.execute(handle.db);
      ceiling.push(performance.now() - started);
    }
    const timings: number[] = [];
    // Codes of the running taxonomy: the seed's 20 on a benchmark database.
    const tops: string[][] = [];
    const ids: string[] = [];
    for (const q of questions) {
      const started = performance.now();
      const page = await search(q.text);
      timings.push(performance.now() - started);
      tops.push(page.items.map((item) => item.legalDomain));
      ids.push(page.items.map((item) => item.id).join(','));
    }
    return { ceiling: latency(ceiling), search: latency(timings), tops, ids };
  } finally {
    await handle.close();
  }
}

function quality(questions: Question[], tops: readonly string[][]) {
  let hit1 = 0;
  let hit5 = 0;
  let answered = 0;
  const perDomain = new Map<LegalDomain, { questions: number; hit1: number }>();
  questions.forEach((q, i) => {
    const top = tops[i]!;
    const stats = perDomain.get(q.domain) ?? { questions: 0, hit1: 0 };
    stats.questions += 1;
    if (top.length > 0) answered += 1;
    if (top[0] === q.domain) {
      hit1 += 1;
      stats.hit1 += 1;
    }
    if (top.includes(q.domain)) hit5 += 1;
    perDomain.set(q.domain, stats);
  });
  const share = (n: number) => round(n / questions.length, 3);
  return {
    questions: questions.length,
    answered: share(answered),
    hitAt1: share(hit1),
    hitAt5: share(hit5),
    // Always answering the domain with the most articles: the figure a ranking must beat.
    mostArticlesBaselineHitAt1: share(questions.filter((q) => q.domain === mostCommonArticleDomain()).length),
    perDomainHitAt1: Object.fromEntries(
      legalDomains
        .filter((d) => perDomain.has(d))
        .map((d) => {
          const s = perDomain.get(d)!;
          return [d, { questions: s.questions, hitAt1: round(s.hit1 / s.questions, 2) }];
        }),
    ),
  };
}

function mostCommonArticleDomain(): LegalDomain {
  const counts = new Map<LegalDomain, number>();
  for (const a of demoKnowledgeArticles) counts.set(a.legalDomain, (counts.get(a.legalDomain) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

async function main() {
  const questions = await readQuestions();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`knowledge search: ${questions.length} labelled questions, ${demoKnowledgeArticles.length} demo articles`);

  const segmenter = await loadSegmenter();
  const segmentTimes = questions.map((q) => {
    const started = performance.now();
    segmenter.queryTerms(q.text);
    return performance.now() - started;
  });

  const pglite = await runOn('pglite', questions);
  const postgres = await runOn('postgres', questions);
  const differing = pglite.ids.filter((ids, i) => ids !== postgres.ids[i]).length;
  const q = quality(questions, pglite.tops);

  const rows = [
    ['', 'p50 ms', 'p99 ms', 'mean ms'],
    ['segmentation only', ...Object.values(latency(segmentTimes)).map(String)],
    ['PGlite: select 1', ...Object.values(pglite.ceiling).map(String)],
    ['PGlite: search', ...Object.values(pglite.search).map(String)],
    ['PostgreSQL: select 1', ...Object.values(postgres.ceiling).map(String)],
    ['PostgreSQL: search', ...Object.values(postgres.search).map(String)],
  ];
  for (const row of rows)
    log(
      `${row[0]!.padEnd(24)}${row
        .slice(1)
        .map((c) => c.padStart(10))
        .join('')}`,
    );
  log(
    `hit@1 ${q.hitAt1}  hit@5 ${q.hitAt5}  answered ${q.answered}  (baseline: always ${mostCommonArticleDomain()} = ${q.mostArticlesBaselineHitAt1})`,
  );
  log(`top-${topK} lists differing between PGlite and PostgreSQL: ${differing} of ${questions.length}`);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version },
    corpus: { articles: demoKnowledgeArticles.length, questions: questions.length, topK },
    latencyMs: {
      segmentation: latency(segmentTimes),
      pglite: { selectOne: pglite.ceiling, search: pglite.search },
      postgres: { selectOne: postgres.ceiling, search: postgres.search },
    },
    quality: q,
    identicalOnBothDatabases: { differingTopLists: differing },
  };
  await fs.mkdir(path.dirname(resultFile), { recursive: true });
  await fs.writeFile(resultFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`written ${path.relative(root, resultFile)}`);
}

await main();
