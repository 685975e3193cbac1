import { Problem } from '@sigap/core';
import type { FastifySchema } from 'fastify';

/** Adds the problem+json error shapes to a route's documented responses. */
export function withProblems<S extends FastifySchema & { response?: Record<string, unknown> }>(schema: S) {
  return { ...schema, response: { ...schema.response, '4xx': Problem, '5xx': Problem } } as S;
}
