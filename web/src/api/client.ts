import type { Problem } from '@sigap/core';

/** A failed API call, carrying the server's RFC 9457 problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
  get status() {
    return this.problem.status;
  }
}

/** One page of a server-paginated list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

let csrfToken: string | null = null;

/** The session's CSRF token, learnt from login and /me; sent on every write. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** The CSRF header for writes made outside `api` (file uploads). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const h: Record<string, string> = { accept: 'application/json', ...headers };
  if (body !== undefined) h['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) h['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers: h,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Jaringan',
      status: 0,
      code: 'network.unavailable',
      detail: 'Server tidak dapat dihubungi. Periksa koneksi Anda.',
    });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const problem = (data ?? {}) as Partial<Problem>;
    throw new ApiError({
      type: problem.type ?? 'about:blank',
      title: problem.title ?? res.statusText,
      status: res.status,
      code: problem.code ?? 'unknown',
      detail: problem.detail ?? res.statusText,
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
  }
  return data as T;
}

/** `?a=1&b=x` from defined values only. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/** A fresh Idempotency-Key for one create attempt (reused when the same submit is retried). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
