import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema, pageSchema } from '../../../shared/schemas/common.schema';
import {
  listOrganizationsQuerySchema,
  listProfessionalsQuerySchema,
  organizationSchema,
  professionalSchema,
  scopeSummarySchema,
} from '../../../shared/schemas/organization.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './organization.service';

export function organizationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('directory.read'));
    const tags = ['directory'];

    app.get(
      '/organizations',
      {
        schema: {
          tags,
          summary: 'Organisations in your scope',
          querystring: listOrganizationsQuerySchema,
          response: { 200: pageSchema(organizationSchema) },
        },
      },
      async (request) => service.listOrganizations(deps, actorOf(request), request.query),
    );

    app.get(
      '/organizations/:id',
      {
        schema: {
          tags,
          summary: 'One organisation in your scope',
          params: idParamSchema,
          response: { 200: organizationSchema },
        },
      },
      async (request) => service.getOrganization(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/professionals',
      {
        schema: {
          tags,
          summary: 'Legal professionals in your scope (phones masked)',
          querystring: listProfessionalsQuerySchema,
          response: { 200: pageSchema(professionalSchema) },
        },
      },
      async (request) => service.listProfessionals(deps, actorOf(request), request.query),
    );

    app.get(
      '/scope/summary',
      { schema: { tags, summary: 'Counts inside your scope', response: { 200: scopeSummarySchema } } },
      async (request) => service.summarizeScope(deps, actorOf(request)),
    );
  };
}
