import { z } from 'zod';
import { cursorSchema, limitSchema, textSchema } from './common.schema';
import { legalDomainCodeSchema } from './legal-domain.schema';

/** draft: being written, editors only; published: what agents search; archived: withdrawn, kept for the record. */
export const knowledgeStatuses = ['draft', 'published', 'archived'] as const;
export type KnowledgeStatus = (typeof knowledgeStatuses)[number];

/** What an editor may set directly; archiving is its own audited action. */
export const editableKnowledgeStatuses = ['draft', 'published'] as const;

const keywordsSchema = z
  .array(textSchema(20).regex(/^[^\n\r]*$/, 'must be one line'))
  .max(20)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a keyword');

export const createKnowledgeArticleSchema = z
  .object({
    title: textSchema(100).regex(/^[^\n\r]*$/, 'must be one line'),
    /** The question as a citizen would ask it: searched, and shown above the answer. */
    question: textSchema(1000),
    answer: textSchema(20_000),
    /** An active domain of the taxonomy (checked by the service: the taxonomy is data). */
    legalDomain: legalDomainCodeSchema,
    /** Other words people use for this (欠薪, 讨薪): searched like the title. */
    keywords: keywordsSchema.default([]),
    status: z.enum(editableKnowledgeStatuses).default('draft'),
  })
  .strict();
export type CreateKnowledgeArticleInput = z.infer<typeof createKnowledgeArticleSchema>;

export const updateKnowledgeArticleSchema = z
  .object({
    /** The version read; a stale one answers 409 version_conflict. */
    version: z.number().int().positive(),
    title: textSchema(100)
      .regex(/^[^\n\r]*$/, 'must be one line')
      .optional(),
    question: textSchema(1000).optional(),
    answer: textSchema(20_000).optional(),
    legalDomain: legalDomainCodeSchema.optional(),
    keywords: keywordsSchema.optional(),
    /** Publishing, withdrawing to draft, or restoring an archived article. */
    status: z.enum(editableKnowledgeStatuses).optional(),
  })
  .strict();
export type UpdateKnowledgeArticleInput = z.infer<typeof updateKnowledgeArticleSchema>;

export const archiveKnowledgeArticleSchema = z.object({ version: z.number().int().positive() }).strict();
export type ArchiveKnowledgeArticleInput = z.infer<typeof archiveKnowledgeArticleSchema>;

export const listKnowledgeArticlesQuerySchema = z
  .object({
    /** A question or keywords, as typed or pasted from the citizen's words; ranked by relevance. */
    q: textSchema(200).optional(),
    legalDomain: legalDomainCodeSchema.optional(),
    /** Without knowledge.manage only `published` exists. */
    status: z.enum(knowledgeStatuses).optional(),
    cursor: cursorSchema.optional(),
    limit: limitSchema,
  })
  .strict();
export type ListKnowledgeArticlesQuery = z.infer<typeof listKnowledgeArticlesQuerySchema>;

/** A run of text, marked when it matched the search: the UI renders the original text with marks. */
export const highlightSegmentSchema = z.object({ text: z.string(), isMatch: z.boolean() });

export const knowledgeArticleSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  question: z.string(),
  answer: z.string(),
  legalDomain: z.string(),
  keywords: z.array(z.string()),
  status: z.enum(knowledgeStatuses),
  viewCount: z.number().int(),
  createdByName: z.string().nullable(),
  updatedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  isDemo: z.boolean(),
});
export type KnowledgeArticle = z.infer<typeof knowledgeArticleSchema>;

export const knowledgeSearchHitSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  legalDomain: z.string(),
  keywords: z.array(z.string()),
  status: z.enum(knowledgeStatuses),
  viewCount: z.number().int(),
  updatedAt: z.string(),
  isDemo: z.boolean(),
  /** Relevance to `q` (higher is better); null when listing without `q`. */
  rank: z.number().nullable(),
  titleHighlight: z.array(highlightSegmentSchema),
  /** About 120 characters of the answer (or question) around the matches. */
  snippet: z.array(highlightSegmentSchema),
});
export type KnowledgeSearchHit = z.infer<typeof knowledgeSearchHitSchema>;

export const knowledgeSearchPageSchema = z.object({
  items: z.array(knowledgeSearchHitSchema),
  nextCursor: z.string().nullable(),
  /** The words `q` was searched as (after segmentation): the UI marks them in the full article. */
  terms: z.array(z.string()),
});
export type KnowledgeSearchPage = z.infer<typeof knowledgeSearchPageSchema>;
