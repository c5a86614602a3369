import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamSchema, pageSchema } from '../../../shared/schemas/common.schema';
import { handlerLoadSchema, routeSuggestionSchema } from '../../../shared/schemas/routing.schema';
import {
  createWorkOrderSchema,
  deadlineLimitsSchema,
  listWorkOrdersQuerySchema,
  workOrderActionSchema,
  workOrderDetailSchema,
  workOrderSchema,
} from '../../../shared/schemas/work-order.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import { actOnWorkOrder } from './work-order.action';
import { loadDeadlineLimits, saveDeadlineLimits } from './work-order.deadline';
import { parseChange, workOrderChannel } from './work-order.feed';
import { listHandlers, suggestRoute } from './work-order.routing';
import * as service from './work-order.service';

export function workOrderRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('work_order.read'));
    const tags = ['work orders'];

    app.get(
      '/work-orders',
      {
        schema: {
          tags,
          summary: 'Work orders in your scope, by queue',
          querystring: listWorkOrdersQuerySchema,
          response: { 200: pageSchema(workOrderSchema) },
        },
      },
      async (request) => service.listWorkOrders(deps, actorOf(request), request.query),
    );

    app.post(
      '/work-orders',
      {
        onRequest: requireActor('work_order.intake'),
        schema: {
          tags,
          summary: 'Register a request from the hotline, a window, a village room or another staffed channel',
          body: createWorkOrderSchema,
          response: { 201: workOrderSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createWorkOrder(deps, actorOf(request), request.body);
      },
    );

    app.get(
      '/work-orders/stream',
      {
        schema: {
          tags,
          summary: 'Server-sent events: `work-order` whenever an order in your scope changes, from any server process',
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        reply.hijack();
        reply.raw.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        reply.raw.write('retry: 3000\n\n');
        const unsubscribe = await deps.listen(workOrderChannel, (payload) => {
          const change = parseChange(payload);
          if (change?.divisionCode.startsWith(actor.scopePrefix))
            reply.raw.write(`event: work-order\ndata: ${JSON.stringify(change)}\n\n`);
        });
        // Proxies close quiet connections; a comment line every 25 s keeps this one open.
        const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
        request.raw.on('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
        });
      },
    );

    app.get(
      '/work-orders/:id',
      {
        schema: {
          tags,
          summary: 'One work order with its history and the actions open to you',
          params: idParamSchema,
          response: { 200: workOrderDetailSchema },
        },
      },
      async (request) => service.getWorkOrderDetail(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/work-orders/:id/route-suggestion',
      {
        onRequest: requireActor('work_order.dispatch'),
        schema: {
          tags,
          summary: 'Where the routing rules would send this order, to whom, and why',
          params: idParamSchema,
          response: { 200: routeSuggestionSchema },
        },
      },
      async (request) => suggestRoute(deps, await service.loadWorkOrder(deps, actorOf(request), request.params.id)),
    );

    app.get(
      '/work-orders/limits',
      { schema: { tags, summary: 'Time limits in force', response: { 200: deadlineLimitsSchema } } },
      async () => loadDeadlineLimits(deps),
    );

    app.put(
      '/work-orders/limits',
      {
        onRequest: requireActor('calendar.manage'),
        schema: {
          tags,
          summary: 'Change the time limits (administrators; audited)',
          body: deadlineLimitsSchema,
          response: { 200: deadlineLimitsSchema },
        },
      },
      async (request) => saveDeadlineLimits(deps, actorOf(request), request.body, request.ip),
    );

    app.get(
      '/work-orders/handlers',
      {
        onRequest: requireActor('work_order.dispatch'),
        schema: {
          tags,
          summary: 'The handlers of an organisation in your scope, with their open orders (to dispatch to a person)',
          querystring: z.object({ organizationId: z.coerce.number().int().positive().max(2_147_483_647) }).strict(),
          response: { 200: z.object({ items: z.array(handlerLoadSchema) }) },
        },
      },
      async (request) => ({
        items: await listHandlers(deps, actorOf(request), request.query.organizationId),
      }),
    );

    app.post(
      '/work-orders/:id/actions',
      {
        schema: {
          tags,
          summary:
            'Take one action (dispatch without organizationId follows the routing rules; 409 invalid_transition lists the legal ones; 409 version_conflict on a stale version)',
          params: idParamSchema,
          body: workOrderActionSchema,
          response: { 200: workOrderDetailSchema },
        },
      },
      async (request) => actOnWorkOrder(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
