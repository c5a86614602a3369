import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  divisionCodeParamSchema,
  divisionDetailSchema,
  divisionListSchema,
  listDivisionsQuerySchema,
} from '../../../shared/schemas/division.schema';
import type { AppDeps } from '../../deps';
import { getDivisionDetail, listDivisions } from './division.service';

// The division lists are the hottest public read (every cascader on every page) and come
// from our own cache already shaped by the service, so they skip the per-response zod
// check: about a third more requests per second (bench/foundation). The schema still
// documents the response.
const plainJson = () => (data: unknown) => JSON.stringify(data);

export function divisionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/divisions',
      {
        serializerCompiler: plainJson,
        schema: {
          tags: ['divisions'],
          summary: 'List child divisions, the root, or search by name or code (public)',
          querystring: listDivisionsQuerySchema,
          response: { 200: divisionListSchema },
        },
      },
      async (request) => listDivisions(deps.db, request.query),
    );

    app.get(
      '/divisions/:code',
      {
        schema: {
          tags: ['divisions'],
          summary: 'One division with its ancestors (public)',
          params: divisionCodeParamSchema,
          response: { 200: divisionDetailSchema },
        },
      },
      async (request) => getDivisionDetail(deps.db, request.params.code),
    );
  };
}
