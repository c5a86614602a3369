import type { Kysely } from 'kysely';
import { countMatchedTerms, excerptText, highlightText } from '../../../shared/domain/knowledge-highlight';
import type { LegalDomain } from '../../../shared/domain/legal-domain';
import { hasPermission } from '../../../shared/domain/role';
import type {
  ArchiveKnowledgeArticleInput,
  CreateKnowledgeArticleInput,
  KnowledgeArticle,
  KnowledgeSearchHit,
  KnowledgeSearchPage,
  KnowledgeStatus,
  ListKnowledgeArticlesQuery,
  UpdateKnowledgeArticleInput,
} from '../../../shared/schemas/knowledge.schema';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../deps';
import type { Actor } from '../../http/actor';
import { AppError, forbidden, notFound, versionConflict } from '../../http/app-error';
import { decodeIdCursor, encodeCursor, toPage } from '../../http/pagination';
import { recordAudit } from '../audit/audit.service';
import { checkLegalDomain } from '../legal-domain/legal-domain.service';
import * as repo from './knowledge.repository';
import { loadSegmenter, type Segmenter } from './knowledge.segmenter';

// A pasted paragraph yields many words; past this many the extra ones barely move the ranking.
const maxQueryTerms = 32;
const snippetLength = 120;

const readerStatuses: readonly KnowledgeStatus[] = ['published'];
const editorDefaultStatuses: readonly KnowledgeStatus[] = ['draft', 'published'];
const allStatuses: readonly KnowledgeStatus[] = ['draft', 'published', 'archived'];

const canManage = (actor: Actor) => hasPermission(actor.roles, 'knowledge.manage');

/** Agents see published articles only; editors see drafts too, and archived ones when they ask. */
function visibleStatuses(actor: Actor, requested: KnowledgeStatus | undefined): readonly KnowledgeStatus[] {
  if (!canManage(actor)) {
    if (requested && requested !== 'published')
      throw forbidden('Only editors of the knowledge base see drafts and archived articles.');
    return readerStatuses;
  }
  return requested ? [requested] : editorDefaultStatuses;
}

function tokensOf(
  segmenter: Segmenter,
  article: { title: string; keywords: string[]; question: string; answer: string },
) {
  const join = (text: string) => segmenter.tokenize(text).join(' ');
  return {
    heading: join([article.title, ...article.keywords].join('\n')),
    question: join(article.question),
    answer: join(article.answer),
  };
}

type ArticleRow = NonNullable<Awaited<ReturnType<typeof repo.findArticle>>>;
type HitRow = Awaited<ReturnType<typeof repo.listArticles>>[number] & { rank?: number };

function toArticle(row: ArticleRow): KnowledgeArticle {
  return {
    ...row,
    status: row.status as KnowledgeStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toHit(row: HitRow, terms: readonly string[]): KnowledgeSearchHit {
  // The snippet comes from the part that matched more of the words: usually the answer.
  const fromQuestion =
    terms.length > 0 && countMatchedTerms(row.question, terms) > countMatchedTerms(row.answer, terms);
  return {
    id: row.id,
    title: row.title,
    legalDomain: row.legalDomain,
    keywords: row.keywords,
    status: row.status as KnowledgeStatus,
    viewCount: row.viewCount,
    updatedAt: row.updatedAt.toISOString(),
    isDemo: row.isDemo,
    rank: row.rank ?? null,
    titleHighlight: highlightText(row.title, terms),
    snippet: excerptText(fromQuestion ? row.question : row.answer, terms, snippetLength),
  };
}

/** With `q`: ranked search (the cursor is an offset into the ranking). Without: newest first. */
export async function listArticles(
  deps: AppDeps,
  actor: Actor,
  query: ListKnowledgeArticlesQuery,
): Promise<KnowledgeSearchPage> {
  const statuses = visibleStatuses(actor, query.status);
  // A retired or unknown domain is a mistake worth saying, not a filter that quietly finds nothing.
  await checkLegalDomain(deps, query.legalDomain, 'query.legalDomain');
  if (query.q === undefined) {
    const rows = await repo.listArticles(deps.db, {
      statuses,
      legalDomain: query.legalDomain,
      beforeId: decodeIdCursor(query.cursor),
      limit: query.limit,
    });
    const page = toPage(rows, query.limit);
    return { items: page.items.map((row) => toHit(row, [])), nextCursor: page.nextCursor, terms: [] };
  }
  const terms = (await loadSegmenter()).queryTerms(query.q).slice(0, maxQueryTerms);
  // Only punctuation, emoji or function words: nothing to search for, so nothing found.
  if (terms.length === 0) return { items: [], nextCursor: null, terms };
  const offset = decodeIdCursor(query.cursor) ?? 0;
  const rows = await repo.searchArticles(deps.db, {
    statuses,
    legalDomain: query.legalDomain,
    terms,
    offset,
    limit: query.limit,
  });
  return {
    items: rows.slice(0, query.limit).map((row) => toHit(row, terms)),
    nextCursor: rows.length > query.limit ? encodeCursor(offset + query.limit) : null,
    terms,
  };
}

async function loadVisible(db: Kysely<Database>, actor: Actor, id: number): Promise<ArticleRow> {
  const row = await repo.findArticle(db, id, canManage(actor) ? allStatuses : readerStatuses);
  if (!row) throw notFound('knowledge article');
  return row;
}

/** One article, counted as read. A draft or archived article does not exist for an agent (404). */
export async function readArticle(deps: AppDeps, actor: Actor, id: number): Promise<KnowledgeArticle> {
  const statuses = canManage(actor) ? allStatuses : readerStatuses;
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.countView(trx, id, statuses))) throw notFound('knowledge article');
    return toArticle(await loadVisible(trx, actor, id));
  });
}

const auditBase = (actor: Actor, id: number, ip: string) => ({
  actorId: actor.userId,
  entityType: 'knowledge_article',
  entityId: id,
  // The knowledge base serves the whole installation: its entries have no place.
  divisionCode: null,
  ip,
});

export async function createArticle(
  deps: AppDeps,
  actor: Actor,
  input: CreateKnowledgeArticleInput,
  ip: string,
): Promise<KnowledgeArticle> {
  await checkLegalDomain(deps, input.legalDomain, 'body.legalDomain');
  const tokens = tokensOf(await loadSegmenter(), input);
  return deps.db.transaction().execute(async (trx) => {
    const id = await repo.insertArticle(
      trx,
      { ...input, createdBy: actor.userId, at: deps.clock(), isDemo: false },
      tokens,
    );
    await recordAudit(trx, {
      ...auditBase(actor, id, ip),
      action: 'knowledge.create',
      detail: { title: input.title, legalDomain: input.legalDomain, status: input.status },
    });
    return toArticle(await loadVisible(trx, actor, id));
  });
}

export async function updateArticle(
  deps: AppDeps,
  actor: Actor,
  id: number,
  input: UpdateKnowledgeArticleInput,
  ip: string,
): Promise<KnowledgeArticle> {
  if (input.legalDomain !== undefined) {
    // Choosing a domain needs an active one; keeping one retired since does not. Checked before
    // the transaction, which holds the only connection of an embedded database.
    const current = await repo.findArticle(deps.db, id, allStatuses);
    if (current && current.legalDomain !== input.legalDomain) {
      await checkLegalDomain(deps, input.legalDomain, 'body.legalDomain');
    }
  }
  const segmenter = await loadSegmenter();
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadVisible(trx, actor, id);
    const { version, ...patch } = input;
    const changedText = ['title', 'question', 'answer', 'keywords'].some((k) => k in patch);
    const after = { ...before, ...patch };
    const tokens = changedText ? tokensOf(segmenter, after) : undefined;
    if (!(await repo.updateArticle(trx, id, version, patch, { updatedBy: actor.userId, at: deps.clock(), tokens }))) {
      throw versionConflict();
    }
    await recordAudit(trx, {
      ...auditBase(actor, id, ip),
      action: patch.status === 'published' && before.status !== 'published' ? 'knowledge.publish' : 'knowledge.update',
      // Field names, not texts: the texts are in the article, the trail says who changed what.
      detail: { changed: Object.keys(patch), fromStatus: before.status, toStatus: after.status },
    });
    return toArticle(await loadVisible(trx, actor, id));
  });
}

export async function archiveArticle(
  deps: AppDeps,
  actor: Actor,
  id: number,
  input: ArchiveKnowledgeArticleInput,
  ip: string,
): Promise<KnowledgeArticle> {
  return deps.db.transaction().execute(async (trx) => {
    const before = await loadVisible(trx, actor, id);
    if (before.status === 'archived') throw new AppError('invalid_transition', 'The article is already archived.');
    const saved = await repo.updateArticle(
      trx,
      id,
      input.version,
      { status: 'archived' },
      {
        updatedBy: actor.userId,
        at: deps.clock(),
      },
    );
    if (!saved) throw versionConflict();
    await recordAudit(trx, {
      ...auditBase(actor, id, ip),
      action: 'knowledge.archive',
      detail: { title: before.title, fromStatus: before.status },
    });
    return toArticle(await loadVisible(trx, actor, id));
  });
}

export interface SeedArticle {
  title: string;
  question: string;
  answer: string;
  legalDomain: LegalDomain;
  keywords: string[];
}

/** Published demo articles, written by the demo seed inside its transaction. */
export async function insertDemoArticles(db: Kysely<Database>, articles: readonly SeedArticle[]): Promise<number> {
  const segmenter = await loadSegmenter();
  const at = new Date();
  for (const article of articles) {
    await repo.insertArticle(
      db,
      { ...article, status: 'published', createdBy: null, at, isDemo: true },
      tokensOf(segmenter, article),
    );
  }
  return articles.length;
}
