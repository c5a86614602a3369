import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { legalDomainListSchema } from '../../../shared/schemas/legal-domain.schema';
import type { AppDeps } from '../../deps';
import * as service from './legal-domain.service';

/** The portal's and the kiosk's choices: no account, active domains only. */
export function publicLegalDomainRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/legal-domains',
      {
        schema: {
          tags: ['public'],
          summary: 'The active legal domains in list order, for the portal forms',
          response: { 200: legalDomainListSchema },
        },
      },
      async () => ({ items: [...(await service.listActiveLegalDomains(deps))] }),
    );
  };
}
