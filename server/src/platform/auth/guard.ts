import { scopeOf } from '@sigap/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { SESSION_COOKIE, type SessionStore } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The one place where every API request is authenticated and authorised against the
 * `access` its route declares. Routes without a declaration are refused at start-up.
 */
export function registerGuard(app: FastifyInstance, sessions: SessionStore) {
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', 'none');

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${[route.method].flat().join(',')} ${route.url} declares no access rule`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await sessions.actorFor(token) : null;

    if (!SAFE_METHODS.has(request.method)) {
      checkOrigin(request);
      if (request.actor && request.headers[CSRF_HEADER] !== request.actor.csrfToken) {
        // A public write (e.g. login) without the token simply runs as anonymous.
        if (access !== 'public') throw new ProblemError('auth.csrf');
        request.actor = null;
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new ProblemError('auth.unauthenticated');
    if (access === 'session') {
      request.scope = 'all';
      return;
    }
    const scope = scopeOf(request.actor.assignments, access);
    if (scope === 'none') throw new ProblemError('auth.forbidden');
    request.scope = scope;
  });
}

/** A write that states an Origin must come from this site (covers login CSRF too). */
function checkOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new ProblemError('auth.csrf');
    }
    if (host !== request.headers.host) throw new ProblemError('auth.csrf');
  }
}
