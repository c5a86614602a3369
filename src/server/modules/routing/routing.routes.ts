import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import {
  createRoutingRuleSchema,
  routingRuleSchema,
  updateRoutingRuleSchema,
} from '../../../shared/schemas/routing.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './routing.service';

export function routingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('routing.manage'));
    const tags = ['routing'];

    app.get(
      '/routing-rules',
      {
        schema: {
          tags,
          summary: 'Dispatch routing rules',
          response: { 200: z.object({ items: z.array(routingRuleSchema) }) },
        },
      },
      async () => ({ items: await service.listRoutingRules(deps) }),
    );

    app.post(
      '/routing-rules',
      {
        schema: {
          tags,
          summary: 'Add a routing rule',
          body: createRoutingRuleSchema,
          response: { 201: routingRuleSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createRoutingRule(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.patch(
      '/routing-rules/:id',
      {
        schema: {
          tags,
          summary: 'Change or deactivate a routing rule',
          params: idParamSchema,
          body: updateRoutingRuleSchema,
          response: { 200: routingRuleSchema },
        },
      },
      async (request) => service.updateRoutingRule(deps, actorOf(request), request.params.id, request.body, request.ip),
    );
  };
}
