import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { AppError } from '../../http/app-error';

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // Liveness: the process answers. No database call, so a slow database never gets us restarted.
    app.get(
      '/healthz',
      { schema: { tags: ['health'], summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } } },
      async () => ({ status: 'ok' as const }),
    );
    // Readiness: the database answers, so a load balancer may send traffic.
    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'Readiness (database reachable)',
          response: { 200: z.object({ status: z.literal('ready'), database: z.string() }) },
        },
      },
      async () => {
        try {
          await sql`select 1`.execute(deps.db);
        } catch {
          throw new AppError('service_unavailable', 'The database does not answer.');
        }
        return { status: 'ready' as const, database: 'ok' };
      },
    );
  };
}
