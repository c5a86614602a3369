import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createExemptionSchema,
  createRuleVersionSchema,
  dibaoDivisionParamSchema,
  dibaoSchema,
  exemptionCodeParamSchema,
  exemptionSchema,
  ruleVersionSchema,
  setDibaoSchema,
  updateExemptionSchema,
} from '../../../shared/schemas/legal-aid-eligibility.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './legal-aid-rule.service';

/** The means-test rule data (法律援助审查规则), for administrators holding legal_aid.rules.manage. */
export function legalAidRuleRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor('legal_aid.rules.manage'));
    const tags = ['legal-aid'];

    app.get(
      '/legal-aid/rule-versions',
      {
        schema: {
          tags,
          summary: 'Every rule version, by region and date, with its supplementary matters and whether it is in force',
          response: { 200: z.object({ items: z.array(ruleVersionSchema) }) },
        },
      },
      async () => ({ items: await service.listRuleVersions(deps) }),
    );

    app.post(
      '/legal-aid/rule-versions',
      {
        schema: {
          tags,
          summary:
            'Add a rule version for a city or county from a date, past or future (audited); it applies from that day',
          body: createRuleVersionSchema,
          response: { 201: ruleVersionSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createRuleVersion(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.get(
      '/legal-aid/dibao',
      {
        schema: {
          tags,
          summary: 'The dibao amounts per city and county, by date, marking the illustrative ones and those in force',
          response: { 200: z.object({ items: z.array(dibaoSchema) }) },
        },
      },
      async () => ({ items: await service.listDibao(deps) }),
    );

    app.put(
      '/legal-aid/dibao/:code',
      {
        schema: {
          tags,
          summary: "Set a city's or county's dibao from a date (audited); the same date again replaces that amount",
          params: dibaoDivisionParamSchema,
          body: setDibaoSchema,
          response: { 200: dibaoSchema },
        },
      },
      async (request) => service.setDibao(deps, actorOf(request), request.params.code, request.body, request.ip),
    );

    app.get(
      '/legal-aid/exemptions',
      {
        schema: {
          tags,
          summary: 'The means-test exemption list, retired entries too',
          response: { 200: z.object({ items: z.array(exemptionSchema) }) },
        },
      },
      async () => ({ items: await service.listExemptions(deps) }),
    );

    app.post(
      '/legal-aid/exemptions',
      {
        schema: {
          tags,
          summary: 'Add a means-test exemption (audited); a taken code or name answers 409',
          body: createExemptionSchema,
          response: { 201: exemptionSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createExemption(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.patch(
      '/legal-aid/exemptions/:code',
      {
        schema: {
          tags,
          summary: 'Rename, limit, retire or restore a means-test exemption (audited); the code never changes',
          params: exemptionCodeParamSchema,
          body: updateExemptionSchema,
          response: { 200: exemptionSchema },
        },
      },
      async (request) => service.updateExemption(deps, actorOf(request), request.params.code, request.body, request.ip),
    );
  };
}
