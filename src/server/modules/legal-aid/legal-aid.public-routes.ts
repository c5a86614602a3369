import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  eligibilityResultSchema,
  legalAidPrecheckSchema,
  legalAidRulesQuerySchema,
  legalAidRulesSchema,
} from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { AppDeps } from '../../deps';
import { checkEligibility, describeRules } from './legal-aid-eligibility.service';

/** The citizen's pre-check before applying for legal aid (法律援助): no account, nothing stored. */
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
  };
}
