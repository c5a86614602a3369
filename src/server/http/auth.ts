import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasPermission, type Permission } from '../../shared/domain/role';
import type { AppDeps } from '../deps';
import { resolveActor } from '../modules/auth/auth.service';
import type { Actor } from './actor';
import { AppError } from './app-error';

export const SESSION_COOKIE = 'fatong_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie into `request.actor` for API requests, and refuses
 * cross-site writes: a state-changing request carrying a session must echo the
 * session's CSRF token in `x-csrf-token` (the SPA reads it from /auth/me).
 */
export const authPlugin = fp<{ deps: AppDeps }>(async (app: FastifyInstance, { deps }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const actor = await resolveActor(deps, token);
    if (!actor) return;
    if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header for this session.');
    }
    request.actor = actor;
  });
});

/** onRequest guard: logged in, and (optionally) holding a permission. */
export function requireActor(permission?: Permission) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.actor) throw new AppError('unauthenticated', 'Log in first.');
    if (permission && !hasPermission(request.actor.roles, permission)) {
      throw new AppError('forbidden', 'Your roles do not allow this action.');
    }
  };
}

/** The actor of a route guarded by requireActor. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Log in first.');
  return request.actor;
}
