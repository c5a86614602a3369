import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createLegalDomainSchema,
  legalDomainCodeParamSchema,
  legalDomainListSchema,
  legalDomainSchema,
  listLegalDomainsQuerySchema,
  updateLegalDomainSchema,
} from '../../../shared/schemas/legal-domain.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './legal-domain.service';

/** The legal-domain taxonomy (法律领域): every staff member reads it, administrators edit it. */
export function legalDomainRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor());
    const tags = ['legal-domain'];
    const manage = requireActor('legal_domain.manage');

    app.get(
      '/legal-domains',
      {
        schema: {
          tags,
          summary: 'The active legal domains in list order; includeRetired=true adds the retired',
          querystring: listLegalDomainsQuerySchema,
          response: { 200: legalDomainListSchema },
        },
      },
      async (request) => ({ items: [...(await service.listLegalDomains(deps, request.query))] }),
    );

    app.post(
      '/legal-domains',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: 'Add a legal domain (audited); a taken code or Chinese name answers 409',
          body: createLegalDomainSchema,
          response: { 201: legalDomainSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createLegalDomain(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.patch(
      '/legal-domains/:code',
      {
        onRequest: manage,
        schema: {
          tags,
          summary: 'Rename, reorder, retire or restore a legal domain (audited); the code never changes',
          params: legalDomainCodeParamSchema,
          body: updateLegalDomainSchema,
          response: { 200: legalDomainSchema },
        },
      },
      async (request) =>
        service.updateLegalDomain(deps, actorOf(request), request.params.code, request.body, request.ip),
    );
  };
}
