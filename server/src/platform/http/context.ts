import type { DeploymentPermission, DeploymentRoleCode, Language, Permission, PermissionScope, RoleAssignmentLike } from '@sigap/core';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem';

/** The signed-in person making a request. */
export interface Actor {
  userId: string;
  pemdaId: string;
  name: string;
  email: string;
  /** The person's own details as a reporter (read with the session, so reporting needs no lookup). */
  phone: string | null;
  nip: string | null;
  perangkatDaerahId: string | null;
  assignments: RoleAssignmentLike[];
  sessionId: string;
  csrfToken: string;
}

/** What a use case needs to know about who asks and why it is allowed. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  /** Where the route's permission holds; 'all' for routes open to any signed-in user. */
  scope: PermissionScope;
}

/** A signed-in super-administrator of the deployment: belongs to no Pemda and acts on none of its data. */
export interface Operator {
  operatorId: string;
  name: string;
  email: string;
  roles: DeploymentRoleCode[];
  sessionId: string;
  csrfToken: string;
}

/** What a deployment use case needs to know about who asks. */
export interface OperatorContext {
  operator: Operator;
  requestId: string;
}

/**
 * `public`: anyone; `session`: any signed-in user of a Pemda; a Permission: the named Pemda
 * permission. `operator`: any signed-in deployment operator; a DeploymentPermission: the named one.
 * An operator holds no Pemda access, and a Pemda user no deployment access.
 */
export type Access = 'public' | 'session' | Permission | 'operator' | DeploymentPermission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    scope: PermissionScope;
    operator: Operator | null;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new ProblemError('auth.unauthenticated');
  return { actor: request.actor, requestId: request.id, scope: request.scope };
}

export function operatorContextOf(request: FastifyRequest): OperatorContext {
  if (!request.operator) throw new ProblemError('auth.unauthenticated');
  return { operator: request.operator, requestId: request.id };
}

/**
 * The language a reader asked for: the web sends its UI language as Accept-Language. Bahasa
 * Indonesia unless English comes first.
 */
export function readerLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'id';
}
