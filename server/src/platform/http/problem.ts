import { PROBLEMS, type ProblemCode, type Problem } from '@sigap/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** A failure the client can act on; rendered as RFC 9457 problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly errors?: { path: string; message: string }[],
    detail?: string,
  ) {
    super(detail ?? PROBLEMS[code].detail);
  }
}

export function problemBody(code: ProblemCode, request: FastifyRequest, extra: Partial<Problem> = {}): Problem {
  const p = PROBLEMS[code];
  return {
    type: `urn:sigap:problem:${code}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, body: Problem) {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

// PostgreSQL error classes the API can explain to a user.
const PG_CODES: Record<string, ProblemCode> = {
  '23505': 'conflict.duplicate',
  '23503': 'conflict.in_use',
  '22P02': 'validation.failed',
  '22001': 'validation.failed',
};

function pgCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function classify(error: FastifyError): { code: ProblemCode; errors?: Problem['errors']; detail?: string } {
  if (error instanceof ProblemError) {
    const detail = error.message;
    return { code: error.code, ...(error.errors ? { errors: error.errors } : {}), detail };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      path: [error.validationContext, ...v.instancePath.split('/')].filter(Boolean).join('.'),
      message: v.message ?? 'tidak valid',
    }));
    return { code: 'validation.failed', errors };
  }
  const pg = pgCode(error);
  if (pg && PG_CODES[pg]) return { code: PG_CODES[pg] };
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'request.unsupported_media_type' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'request.too_large' };
    default:
      break;
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    if (error.statusCode === 413) return { code: 'request.too_large' };
    if (error.statusCode === 415) return { code: 'request.unsupported_media_type' };
    return { code: 'request.malformed' };
  }
  return { code: 'server.internal' };
}

/** Errors Fastify raises before routing (bad URL encoding, over-long parameters). */
/** Router-level failures (bad URL encoding, over-long parameter); Fastify ignores what this returns. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const code: ProblemCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'request.uri_too_long' : classify(error).code;
  void sendProblem(reply, problemBody(code === 'server.internal' ? 'request.malformed' : code, request));
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, errors, detail } = classify(error);
    if (code === 'server.internal' || isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'unhandled error');
    }
    const extra: Partial<Problem> = {};
    if (errors) extra.errors = errors;
    if (detail) extra.detail = detail;
    return sendProblem(reply, problemBody(code, request, extra));
  });
}
