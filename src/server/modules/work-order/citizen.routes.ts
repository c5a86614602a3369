import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  citizenContactSchema,
  revealCitizenFieldSchema,
  revealedCitizenFieldSchema,
} from '../../../shared/schemas/citizen.schema';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import { getCitizenContact, revealCitizenField } from './citizen.reveal';

/** The citizen of a work order: masked for every reader of the order, in full by an audited reveal. */
export function citizenRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('work_order.read'));
    const tags = ['work orders'];

    app.get(
      '/work-orders/:id/citizen',
      {
        schema: {
          tags,
          summary: "The order's citizen, phone and ID number masked",
          params: idParamSchema,
          response: { 200: citizenContactSchema },
        },
      },
      async (request) => getCitizenContact(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/work-orders/:id/citizen/reveal',
      {
        // Refused before the body is read: without the permission nothing about the order is answered.
        onRequest: requireActor('citizen.reveal'),
        schema: {
          tags,
          summary:
            "The citizen's full phone or ID number (citizen.reveal; audited without the number; 404 when none is on record)",
          params: idParamSchema,
          body: revealCitizenFieldSchema,
          response: { 200: revealedCitizenFieldSchema },
        },
      },
      async (request) => revealCitizenField(deps, actorOf(request), request.params.id, request.body, request.ip),
    );
  };
}
