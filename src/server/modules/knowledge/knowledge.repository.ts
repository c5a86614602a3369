import { type Kysely, sql } from 'kysely';
import type { KnowledgeStatus } from '../../../shared/schemas/knowledge.schema';
import type { Database } from '../../db/schema';

/** Space-joined jieba tokens of each weighted part of an article. */
export interface ArticleTokens {
  /** Title and keywords: what the article is called, weight A. */
  heading: string;
  question: string;
  answer: string;
}

/**
 * The article's tsvector. 'simple' lower-cases and keeps every word, which is right for tokens
 * that are already cut, folded and filtered (knowledge.segmenter). Weights: title and keywords A,
 * question B, answer C, so ts_rank counts a word in the title more than the same word in the answer.
 */
function searchVector(tokens: ArticleTokens) {
  return sql<string>`setweight(to_tsvector('simple', ${tokens.heading}), 'A')
    || setweight(to_tsvector('simple', ${tokens.question}), 'B')
    || setweight(to_tsvector('simple', ${tokens.answer}), 'C')`;
}

export interface ArticleValues {
  title: string;
  question: string;
  answer: string;
  legalDomain: string;
  keywords: string[];
  status: KnowledgeStatus;
  createdBy: number | null;
  at: Date;
  isDemo: boolean;
}

export async function insertArticle(db: Kysely<Database>, values: ArticleValues, tokens: ArticleTokens) {
  const { at, ...rest } = values;
  const row = await db
    .insertInto('knowledgeArticle')
    .values({
      ...rest,
      updatedBy: values.createdBy,
      createdAt: at,
      updatedAt: at,
      searchTokens: searchVector(tokens),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ArticlePatch {
  title?: string;
  question?: string;
  answer?: string;
  legalDomain?: string;
  keywords?: string[];
  status?: KnowledgeStatus;
}

/** Applies a change when `version` is still the current one; false when someone changed it first. */
export async function updateArticle(
  db: Kysely<Database>,
  id: number,
  version: number,
  patch: ArticlePatch,
  change: { updatedBy: number; at: Date; tokens?: ArticleTokens | undefined },
): Promise<boolean> {
  const result = await db
    .updateTable('knowledgeArticle')
    .set({
      ...patch,
      ...(change.tokens && { searchTokens: searchVector(change.tokens) }),
      updatedBy: change.updatedBy,
      updatedAt: change.at,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Counts a reading; views are not edits, so neither the version nor updated_at move. */
export async function countView(db: Kysely<Database>, id: number, statuses: readonly KnowledgeStatus[]) {
  const result = await db
    .updateTable('knowledgeArticle')
    .set({ viewCount: sql<number>`view_count + 1` })
    .where('id', '=', id)
    .where('status', 'in', statuses)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findArticle(db: Kysely<Database>, id: number, statuses: readonly KnowledgeStatus[]) {
  return db
    .selectFrom('knowledgeArticle as k')
    .leftJoin('appUser as c', 'c.id', 'k.createdBy')
    .leftJoin('appUser as u', 'u.id', 'k.updatedBy')
    .select([
      'k.id',
      'k.title',
      'k.question',
      'k.answer',
      'k.legalDomain',
      'k.keywords',
      'k.status',
      'k.viewCount',
      'c.displayName as createdByName',
      'u.displayName as updatedByName',
      'k.createdAt',
      'k.updatedAt',
      'k.version',
      'k.isDemo',
    ])
    .where('k.id', '=', id)
    .where('k.status', 'in', statuses)
    .executeTakeFirst();
}

export interface ListFilter {
  statuses: readonly KnowledgeStatus[];
  legalDomain?: string | undefined;
  limit: number;
}

const hitColumns = [
  'k.id',
  'k.title',
  'k.question',
  'k.answer',
  'k.legalDomain',
  'k.keywords',
  'k.status',
  'k.viewCount',
  'k.updatedAt',
  'k.isDemo',
] as const;

/** Newest first (ids grow with creation), for browsing without a search. */
export function listArticles(db: Kysely<Database>, filter: ListFilter & { beforeId?: number | undefined }) {
  let query = db
    .selectFrom('knowledgeArticle as k')
    .select(hitColumns)
    .where('k.status', 'in', filter.statuses)
    .orderBy('k.id', 'desc')
    .limit(filter.limit + 1);
  if (filter.legalDomain) query = query.where('k.legalDomain', '=', filter.legalDomain);
  if (filter.beforeId) query = query.where('k.id', '<', filter.beforeId);
  return query.execute();
}

/**
 * How much a title (or keyword) match adds on top of ts_rank, which already weighs the title
 * highest: an agent who types the words of a title expects that article first. Tuned with
 * bench/knowledge (hit@1 on labelled questions).
 */
const titleBoost = 1;

/**
 * Articles matching any of the terms, most relevant first. Any, not all: a citizen's question
 * carries words no article has (老板, 跑路), and requiring them would find nothing; ranking puts
 * the articles matching more and weightier terms first. `terms` are query terms from the
 * segmenter (letters and digits only), quoted as tsquery lexemes.
 */
export function searchArticles(
  db: Kysely<Database>,
  filter: ListFilter & { terms: readonly string[]; offset: number },
) {
  const tsquery = filter.terms.map((term) => `'${term.replaceAll("'", "''")}'`).join(' | ');
  const q = sql`to_tsquery('simple', ${tsquery})`;
  let query = db
    .selectFrom('knowledgeArticle as k')
    .select(hitColumns)
    .select(
      sql<number>`ts_rank(k.search_tokens, ${q}, 1)
        + ${titleBoost}::real * ts_rank(ts_filter(k.search_tokens, '{a}'), ${q}, 1)`.as('rank'),
    )
    .where(sql<boolean>`k.search_tokens @@ ${q}`)
    .where('k.status', 'in', filter.statuses)
    .orderBy('rank', 'desc')
    .orderBy('k.id', 'desc')
    .offset(filter.offset)
    .limit(filter.limit + 1);
  if (filter.legalDomain) query = query.where('k.legalDomain', '=', filter.legalDomain);
  return query.execute();
}
