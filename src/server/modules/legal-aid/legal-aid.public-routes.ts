import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  publicLegalAidApplicationResultSchema,
  publicLegalAidApplicationSchema,
  publicLegalAidCodeParamSchema,
  publicLegalAidObjectionSchema,
  publicObjectionResultSchema,
} from '../../../shared/schemas/legal-aid-application.schema';
import {
  eligibilityResultSchema,
  legalAidPrecheckSchema,
  legalAidRulesQuerySchema,
  legalAidRulesSchema,
} from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { AppDeps } from '../../deps';
import { idempotencyHeaderSchema } from '../work-order/work-order.public-routes';
import { applyPublic } from './legal-aid-application.service';
import { objectPublic } from './legal-aid-decision.service';
import { checkEligibility, describeRules } from './legal-aid-eligibility.service';

/** The citizen's side of legal aid (法律援助): the pre-check (nothing stored), the application, an objection. */
export function publicLegalAidRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['public'];

    app.post(
      '/public/legal-aid/precheck',
      {
        schema: {
          tags,
          summary:
            'Run the legal-aid means test on stated facts: eligible, not eligible or needs review, each criterion with its figures and the rule version applied',
          body: legalAidPrecheckSchema,
          response: { 200: eligibilityResultSchema },
        },
      },
      async (request) => checkEligibility(deps, request.body),
    );

    app.get(
      '/public/legal-aid/rules',
      {
        schema: {
          tags,
          summary:
            'What the pre-check accepts for a division today: matter categories, exemptions, appointment grounds, and the hardship threshold in force',
          querystring: legalAidRulesQuerySchema,
          response: { 200: legalAidRulesSchema },
        },
      },
      async (request) => describeRules(deps, request.query.divisionCode),
    );

    app.post(
      '/public/legal-aid/applications',
      {
        schema: {
          tags,
          summary:
            'Apply for legal aid on the portal: a legal_aid order with the facts and the means test on receipt; an Idempotency-Key header makes a retry safe',
          headers: idempotencyHeaderSchema,
          body: publicLegalAidApplicationSchema,
          response: { 201: publicLegalAidApplicationResultSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return applyPublic(deps, request.body, request.headers['idempotency-key']);
      },
    );

    app.post(
      '/public/legal-aid/applications/:code/objection',
      {
        schema: {
          tags,
          summary: 'Object to a refusal with the tracking code and the phone number it was made with (art. 49)',
          params: publicLegalAidCodeParamSchema,
          body: publicLegalAidObjectionSchema,
          response: { 200: publicObjectionResultSchema },
        },
      },
      async (request) => objectPublic(deps, request.params.code, request.body.phone, request.body.reason),
    );
  };
}
