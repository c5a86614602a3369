import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import {
  assignmentCandidatesSchema,
  legalAidAssignmentInputSchema,
} from '../../../shared/schemas/legal-aid-assignment.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './legal-aid-assignment.service';

/** Assignment (指派) of granted legal-aid cases to the aid pool, after the conflict check. */
export function legalAidAssignmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('legal_aid.assign'));
    const tags = ['legal-aid'];

    app.get(
      '/legal-aid/applications/:id/assignment-candidates',
      {
        schema: {
          tags,
          summary:
            "The aid pool of the case's county: open cases, conflict check per candidate (reasons name parties), duty lawyers, the rotation's pick, the lawyers' share of the year",
          params: idParamSchema,
          response: { 200: assignmentCandidatesSchema },
        },
      },
      async (request) => service.getCandidates(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/legal-aid/applications/:id/assignment',
      {
        schema: {
          tags,
          summary:
            "Assign a granted case to a pool member (absent: the rotation's pick); 409 with the reasons for a conflict, 409 when not granted; dispatches the order, audited",
          params: idParamSchema,
          body: legalAidAssignmentInputSchema,
          response: { 200: assignmentCandidatesSchema },
        },
      },
      async (request) => service.assign(deps, actorOf(request), request.params.id, request.body, request.ip),
    );
  };
}
