import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import { insertDemoArticles, type SeedArticle } from '../modules/knowledge/knowledge.service';
import { civilArticles } from './knowledge-civil.demo';
import { familyArticles } from './knowledge-family.demo';
import { injuryArticles } from './knowledge-injury.demo';
import { laborArticles } from './knowledge-labor.demo';
import { publicArticles } from './knowledge-public.demo';

/**
 * The demo knowledge base: questions a county 12348 line hears every day, answered in our
 * own words from the statutes cited in each answer (written for this project, marked
 * is_demo, published). Not legal advice of record: a bureau replaces them with its own.
 */
export const demoKnowledgeArticles: readonly SeedArticle[] = [
  ...laborArticles,
  ...familyArticles,
  ...civilArticles,
  ...injuryArticles,
  ...publicArticles,
];

// A marker of its own, apart from the demo network's: a database seeded before the knowledge
// base existed gets the articles on its next start, and articles an editor archived or
// changed are never written again.
const settingKey = 'demo.knowledge.seeded';
// Any constant other than the network seed's: two processes starting at once write the articles once.
const advisoryLockKey = 0x0537_6b62;

async function isSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('appSetting').select('key').where('key', '=', settingKey).executeTakeFirst();
  return row !== undefined;
}

/** Writes the demo articles once per database; returns how many were written now (0 when already there). */
export async function seedDemoKnowledge(
  db: Kysely<Database>,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<number> {
  if (await isSeeded(db)) return 0;
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${advisoryLockKey})`.execute(trx);
    if (await isSeeded(trx)) return 0;
    const total = demoKnowledgeArticles.length;
    onProgress?.('知识库', 0, total);
    await insertDemoArticles(trx, demoKnowledgeArticles);
    await trx
      .insertInto('appSetting')
      .values({ key: settingKey, value: JSON.stringify({ articles: total }) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    onProgress?.('知识库', total, total);
    return total;
  });
}
