import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePasswordSchema, loginSchema, meSchema } from '../../../shared/schemas/auth.schema';
import { okSchema } from '../../../shared/schemas/common.schema';
import type { AppDeps } from '../../deps';
import { AppError } from '../../http/app-error';
import { actorOf, requireActor, SESSION_COOKIE } from '../../http/auth';
import { changeOwnPassword, login, logout, SESSION_IDLE_MS, toMe } from './auth.service';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: 'auto' as const,
  };
  return async (app) => {
    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets the session cookie',
          body: loginSchema,
          response: { 200: meSchema },
        },
      },
      async (request, reply) => {
        // Login has no session yet, so no CSRF token: refuse it from another site's page instead.
        const origin = request.headers.origin;
        if (origin && new URL(origin).host !== request.headers.host) {
          throw new AppError('csrf_failed', 'Log in from this site only.');
        }
        const { token, me } = await login(deps, request.body, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_IDLE_MS / 1000 });
        return me;
      },
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: 'Log out', response: { 200: okSchema } } },
      async (request, reply) => {
        if (request.actor) await logout(deps, request.actor);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return { ok: true as const };
      },
    );

    app.get(
      '/auth/me',
      {
        onRequest: requireActor(),
        schema: { tags: ['auth'], summary: 'The logged-in user', response: { 200: meSchema } },
      },
      async (request) => toMe(actorOf(request)),
    );

    app.post(
      '/auth/password',
      {
        onRequest: requireActor(),
        schema: {
          tags: ['auth'],
          summary: 'Change your own password',
          body: changePasswordSchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await changeOwnPassword(deps, actorOf(request), request.body, request.ip);
        return { ok: true as const };
      },
    );
  };
}
