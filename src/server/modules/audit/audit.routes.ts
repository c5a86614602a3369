import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, listAuditQuerySchema } from '../../../shared/schemas/audit.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import { listAudit } from './audit.service';

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-log',
      {
        onRequest: requireActor('audit.read'),
        schema: {
          tags: ['audit'],
          summary: 'The audit trail in your scope, newest first',
          querystring: listAuditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => listAudit(deps, actorOf(request), request.query),
    );
  };
}
