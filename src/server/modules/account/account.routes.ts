import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountSchema,
  createAccountSchema,
  createdAccountSchema,
  listAccountsQuerySchema,
  resetPasswordResultSchema,
  resetPasswordSchema,
  revealedPhoneSchema,
  updateAccountSchema,
} from '../../../shared/schemas/account.schema';
import { idParamSchema, pageSchema } from '../../../shared/schemas/common.schema';
import type { AppDeps } from '../../deps';
import { actorOf, requireActor } from '../../http/auth';
import * as service from './account.service';

export function accountRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook('onRequest', requireActor());
    const tags = ['accounts'];

    app.get(
      '/accounts',
      {
        schema: {
          tags,
          summary: 'Accounts in your scope',
          querystring: listAccountsQuerySchema,
          response: { 200: pageSchema(accountSchema) },
        },
      },
      async (request) => service.listAccounts(deps, actorOf(request), request.query),
    );

    app.post(
      '/accounts',
      {
        schema: {
          tags,
          summary: 'Create an account',
          body: createAccountSchema,
          response: { 201: createdAccountSchema },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return service.createAccount(deps, actorOf(request), request.body, request.ip);
      },
    );

    app.get(
      '/accounts/:id',
      { schema: { tags, summary: 'One account', params: idParamSchema, response: { 200: accountSchema } } },
      async (request) => service.getAccount(deps, actorOf(request), request.params.id),
    );

    app.patch(
      '/accounts/:id',
      {
        schema: {
          tags,
          summary: 'Change roles, scope, details, or disable',
          params: idParamSchema,
          body: updateAccountSchema,
          response: { 200: accountSchema },
        },
      },
      async (request) => service.updateAccount(deps, actorOf(request), request.params.id, request.body, request.ip),
    );

    app.post(
      '/accounts/:id/reset-password',
      {
        schema: {
          tags,
          summary: 'Reset the password (a temporary one is returned once when none is given)',
          params: idParamSchema,
          body: resetPasswordSchema.nullish(),
          response: { 200: resetPasswordResultSchema },
        },
      },
      async (request) =>
        service.resetAccountPassword(deps, actorOf(request), request.params.id, request.body?.password, request.ip),
    );

    app.post(
      '/accounts/:id/reveal-phone',
      {
        schema: {
          tags,
          summary: 'The full phone number (audited)',
          params: idParamSchema,
          response: { 200: revealedPhoneSchema },
        },
      },
      async (request) => service.revealAccountPhone(deps, actorOf(request), request.params.id, request.ip),
    );
  };
}
