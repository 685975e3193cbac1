import { canOperate, isDeploymentPermission, scopeOf, type DeploymentPermission } from '@sigap/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problem';
import { OPERATOR_COOKIE, type OperatorSessionStore } from './operator-sessions';
import { SESSION_COOKIE, type SessionStore } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The one place where every API request is authenticated and authorised against the
 * `access` its route declares. Routes without a declaration are refused at start-up.
 *
 * Pemda users and the deployment's operators (super-administrators) sign in apart, each with a
 * cookie of their own: a Pemda route answers an operator 403, a deployment route a Pemda user 403.
 */
export function registerGuard(app: FastifyInstance, sessions: SessionStore, operators: OperatorSessionStore) {
  app.decorateRequest('actor', null);
  app.decorateRequest('scope', 'none');
  app.decorateRequest('operator', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${[route.method].flat().join(',')} ${route.url} declares no access rule`);
    }
  });

  /** Is there a signed-in operator behind this request (who is then refused a Pemda route)? */
  const holdsOperatorSession = async (request: FastifyRequest) => {
    const token = request.cookies[OPERATOR_COOKIE];
    return token !== undefined && (await operators.operatorFor(token)) !== null;
  };

  const guardDeployment = async (request: FastifyRequest, access: 'operator' | DeploymentPermission) => {
    const token = request.cookies[OPERATOR_COOKIE];
    request.operator = token ? await operators.operatorFor(token) : null;
    if (!SAFE_METHODS.has(request.method)) {
      checkOrigin(request);
      if (request.operator && request.headers[CSRF_HEADER] !== request.operator.csrfToken) throw new ProblemError('auth.csrf');
    }
    if (!request.operator) {
      const pemdaToken = request.cookies[SESSION_COOKIE];
      if (pemdaToken && (await sessions.actorFor(pemdaToken))) throw new ProblemError('auth.forbidden');
      throw new ProblemError('auth.unauthenticated');
    }
    if (access !== 'operator' && !canOperate(request.operator.roles, access)) throw new ProblemError('auth.forbidden');
  };

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    if (access === 'operator' || isDeploymentPermission(access)) return guardDeployment(request, access);
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
    if (!request.actor) {
      if (await holdsOperatorSession(request)) throw new ProblemError('auth.forbidden');
      throw new ProblemError('auth.unauthenticated');
    }
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
