import { Problem } from '@sigap/core';

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

const ProblemFields = Problem.partial();

/** The problem a non-2xx response carries; fields the body lacks come from the status line. */
export function problemOf(response: Response, body: unknown): Problem {
  const parsed = ProblemFields.safeParse(body);
  const p = parsed.success ? parsed.data : {};
  return {
    type: p.type ?? 'about:blank',
    title: p.title ?? response.statusText,
    status: response.status,
    code: p.code ?? 'unknown',
    detail: p.detail ?? response.statusText,
    ...(p.instance === undefined ? {} : { instance: p.instance }),
    ...(p.requestId === undefined ? {} : { requestId: p.requestId }),
    ...(p.errors === undefined ? {} : { errors: p.errors }),
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
