import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import {
  currentCallSchema,
  duplicatesQuerySchema,
  duplicatesSchema,
  endCallSchema,
  hotlineCallSchema,
  incomingCallSchema,
  screenPopSchema,
} from '../../../shared/schemas/hotline.schema';
import { createWorkOrderSchema, workOrderSchema } from '../../../shared/schemas/work-order.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './hotline.service';

export function hotlineRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('work_order.intake'));
    const tags = ['hotline'];

    app.post(
      '/hotline/calls',
      {
        schema: {
          tags,
          summary:
            'Incoming call (sent by the phone system or the agent console): records it and returns the screen-pop',
          description:
            'For telephony integrators: POST when a call is answered by an agent, in that agent’s session, with ' +
            '`{ "callerNumber": "13800000000", "line": "12348", "startedAt": "2026-11-23T09:30:00+08:00" }`. ' +
            'The answer carries the call id, the caller (masked) and their earlier work orders. ' +
            'POST /hotline/calls/{id}/end when the call ends to record its duration.',
          body: incomingCallSchema,
          response: { 201: screenPopSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.receiveCall(deps, actorOf(request), request.body);
      },
    );

    app.get(
      '/hotline/calls/current',
      {
        schema: {
          tags,
          summary: 'Your call still on the line, with its screen-pop (a reloaded console resumes it)',
          response: { 200: currentCallSchema },
        },
      },
      async (request) => service.currentCall(deps, actorOf(request)),
    );

    app.get(
      '/hotline/calls/:id',
      { schema: { tags, summary: 'One of your calls', params: idParamSchema, response: { 200: hotlineCallSchema } } },
      async (request) => service.getCall(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/hotline/calls/:id/end',
      {
        schema: {
          tags,
          summary: 'The call ended: records its duration',
          params: idParamSchema,
          body: endCallSchema,
          response: { 200: hotlineCallSchema },
        },
      },
      async (request) => service.endCall(deps, actorOf(request), request.params.id, request.body.endedAt),
    );

    app.post(
      '/hotline/calls/:id/work-order',
      {
        schema: {
          tags,
          summary: 'Record the work order of a call (answered on the spot when `answer` is given)',
          params: idParamSchema,
          body: createWorkOrderSchema,
          response: { 201: workOrderSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.recordOrderForCall(deps, actorOf(request), request.params.id, request.body);
      },
    );

    app.get(
      '/hotline/duplicates',
      {
        schema: {
          tags,
          summary: 'The same caller’s similar open matters of the last 30 days',
          querystring: duplicatesQuerySchema,
          response: { 200: duplicatesSchema },
        },
      },
      async (request) => ({ items: await service.findDuplicates(deps, actorOf(request), request.query) }),
    );
  };
}
