import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import {
  archiveKnowledgeArticleSchema,
  createKnowledgeArticleSchema,
  knowledgeArticleSchema,
  knowledgeSearchPageSchema,
  listKnowledgeArticlesQuerySchema,
  updateKnowledgeArticleSchema,
} from '../../../shared/schemas/knowledge.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './knowledge.service';

export function knowledgeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('knowledge.read'));
    const tags = ['knowledge'];
    const editorOnly = { onRequest: requireActor('knowledge.manage') };

    app.get(
      '/knowledge/articles',
      {
        schema: {
          tags,
          summary: 'Search the knowledge base (q, ranked) or list it newest first',
          querystring: listKnowledgeArticlesQuerySchema,
          response: { 200: knowledgeSearchPageSchema },
        },
      },
      async (request) => service.listArticles(deps, actorOf(request), request.query),
    );

    app.get(
      '/knowledge/articles/:id',
      {
        schema: {
          tags,
          summary: 'One article (counts a view)',
          params: idParamSchema,
          response: { 200: knowledgeArticleSchema },
        },
      },
      async (request) => service.readArticle(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/knowledge/articles',
      {
        ...editorOnly,
        schema: {
          tags,
          summary: 'Write an article (draft unless published at once)',
          body: createKnowledgeArticleSchema,
          response: { 201: knowledgeArticleSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createArticle(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.patch(
      '/knowledge/articles/:id',
      {
        ...editorOnly,
        schema: {
          tags,
          summary: 'Edit, publish or withdraw an article (409 when the version is stale)',
          params: idParamSchema,
          body: updateKnowledgeArticleSchema,
          response: { 200: knowledgeArticleSchema },
        },
      },
      async (request) => service.updateArticle(deps, actorOf(request), request.params.id, request.body, request.ip),
    );

    app.post(
      '/knowledge/articles/:id/archive',
      {
        ...editorOnly,
        schema: {
          tags,
          summary: 'Archive an article: agents no longer find it (audited)',
          params: idParamSchema,
          body: archiveKnowledgeArticleSchema,
          response: { 200: knowledgeArticleSchema },
        },
      },
      async (request) => service.archiveArticle(deps, actorOf(request), request.params.id, request.body, request.ip),
    );
  };
}
