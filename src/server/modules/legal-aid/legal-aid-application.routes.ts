import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamSchema } from '../../../shared/schemas/common.schema';
import {
  createLegalAidApplicationSchema,
  legalAidApplicationSchema,
  legalAidDecisionSchema,
  legalAidObjectionSchema,
  objectionAnswerSchema,
} from '../../../shared/schemas/legal-aid-application.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './legal-aid-application.service';
import { attachmentDisposition, decisionLetter } from './legal-aid-decision.letter';
import * as decisions from './legal-aid-decision.service';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Legal-aid applications at the bureau: staff intake, review and decision, the letter, objections. */
export function legalAidApplicationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('work_order.read'));
    const tags = ['legal-aid'];

    app.post(
      '/legal-aid/applications',
      {
        onRequest: requireActor('work_order.intake'),
        schema: {
          tags,
          summary:
            'Apply for legal aid with a citizen at a window or on the hotline: a legal_aid order and its application, the means test stored with it',
          body: createLegalAidApplicationSchema,
          response: { 201: legalAidApplicationSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.applyStaff(deps, actorOf(request), request.body);
      },
    );

    app.get(
      '/legal-aid/applications/:id',
      {
        schema: {
          tags,
          summary:
            'The application of a legal_aid order in your scope: facts, means test on receipt, review deadline, decision, objection',
          params: idParamSchema,
          response: { 200: legalAidApplicationSchema },
        },
      },
      async (request) => service.getApplication(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/legal-aid/applications/:id/decision',
      {
        onRequest: requireActor('legal_aid.decide'),
        schema: {
          tags,
          summary: 'Grant or refuse (a refusal gives reasons); numbered letter, audited; 409 when already decided',
          params: idParamSchema,
          body: legalAidDecisionSchema,
          response: { 200: legalAidApplicationSchema },
        },
      },
      async (request) => decisions.decide(deps, actorOf(request), request.params.id, request.body, request.ip),
    );

    app.get(
      '/legal-aid/applications/:id/decision-letter.docx',
      {
        schema: {
          tags,
          summary: 'The decision letter (给予 / 不予法律援助决定书) as .docx; 409 while undecided',
          params: idParamSchema,
        },
      },
      async (request, reply) => {
        const letter = await decisionLetter(deps, actorOf(request), request.params.id);
        reply
          .header('content-type', docxType)
          .header(
            'content-disposition',
            attachmentDisposition(letter.filename, `legal-aid-decision-${request.params.id}.docx`),
          )
          .header('cache-control', 'no-store');
        return reply.send(letter.content);
      },
    );

    app.post(
      '/legal-aid/applications/:id/objection',
      {
        schema: {
          tags,
          summary: "Record the applicant's objection to a refusal (art. 49); the bureau answers within 5 working days",
          params: idParamSchema,
          body: legalAidObjectionSchema,
          response: { 200: legalAidApplicationSchema },
        },
      },
      async (request) => decisions.objectStaff(deps, actorOf(request), request.params.id, request.body.reason),
    );

    app.post(
      '/legal-aid/applications/:id/objection/answer',
      {
        onRequest: requireActor('legal_aid.decide'),
        schema: {
          tags,
          summary: 'Answer an objection: uphold the refusal, or overturn it into a grant with a new letter (audited)',
          params: idParamSchema,
          body: objectionAnswerSchema,
          response: { 200: legalAidApplicationSchema },
        },
      },
      async (request) => decisions.answerObjection(deps, actorOf(request), request.params.id, request.body, request.ip),
    );
  };
}
