import type { Problem } from '@sigap/core';

/** A failed API call, carrying the server's RFC 9457 problem. */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    options?: { cause?: unknown },
  ) {
    super(problem.detail, options);
    this.name = 'ApiError';
  }

  get status() {
    return this.problem.status;
  }
}

// Read field by field rather than through the zod contract: this module is in every page's first
// load, and the contract would pull zod (~60 kB gzipped) into it.
const textOf = (body: object, key: string): string | undefined => {
  const value: unknown = Reflect.get(body, key);
  return typeof value === 'string' ? value : undefined;
};

function fieldErrorsOf(body: object): Problem['errors'] {
  const value: unknown = Reflect.get(body, 'errors');
  if (!Array.isArray(value)) return undefined;
  const errors: NonNullable<Problem['errors']> = [];
  const items: readonly unknown[] = value;
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const path = textOf(item, 'path');
    const message = textOf(item, 'message');
    if (path !== undefined && message !== undefined) errors.push({ path, message });
  }
  return errors;
}

/** The problem a non-2xx response carries; fields the body lacks come from the status line. */
export function problemOf(response: Response, body: unknown): Problem {
  const p = typeof body === 'object' && body !== null ? body : {};
  const instance = textOf(p, 'instance');
  const requestId = textOf(p, 'requestId');
  const errors = fieldErrorsOf(p);
  return {
    type: textOf(p, 'type') ?? 'about:blank',
    title: textOf(p, 'title') ?? response.statusText,
    status: response.status,
    code: textOf(p, 'code') ?? 'unknown',
    detail: textOf(p, 'detail') ?? response.statusText,
    ...(instance === undefined ? {} : { instance }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(errors === undefined ? {} : { errors }),
  };
}

/** The server could not be reached at all (status 0). */
export const NETWORK_PROBLEM: Problem = {
  type: 'about:blank',
  title: 'Jaringan',
  status: 0,
  code: 'network.unavailable',
  detail: 'Server tidak dapat dihubungi. Periksa koneksi Anda.',
};
