import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './openapi.gen';
import { ApiError, NETWORK_PROBLEM, problemOf } from './problem';
import { serializeQuery } from './serializers';

/** Every API route is under this prefix; paths are written relative to it. */
export const API_BASE = '/api/v1';

export interface SigapClientOptions {
  /** Where the API is; `/api/v1` on the page's own origin unless told. */
  baseUrl?: string;
  /** Sends one request; the global `fetch` unless told (the test harness passes one over `app.inject`). */
  fetch?: (request: Request) => Promise<Response>;
  /** The session's CSRF token, read at each write (login and /me tell it). */
  csrfToken?: () => string | null;
  /** Headers sent on every request (the harness's session cookie). */
  headers?: Record<string, string>;
}

/** openapi-fetch over the generated paths: answers `{ data, error, response }`. */
export type RawClient = Client<paths>;

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfHeader(token: () => string | null): Middleware {
  return {
    onRequest({ request }) {
      const value = token();
      if (value && !READS.has(request.method)) request.headers.set('x-csrf-token', value);
      return undefined;
    },
  };
}

/** A request that never reached the server (offline, DNS, refused) is a status-0 problem. */
const networkFailure: Middleware = {
  onError: ({ error }) => (error instanceof ApiError ? error : new ApiError(NETWORK_PROBLEM, { cause: error })),
};

export function createRawClient(options: SigapClientOptions = {}): RawClient {
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? API_BASE,
    fetch: send,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...options.headers },
    querySerializer: serializeQuery,
  });
  client.use(csrfHeader(options.csrfToken ?? (() => null)), networkFailure);
  return client;
}

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success member of an openapi-fetch answer. */
type DataOf<A> = A extends { data: infer D; error?: never } ? D : never;

/** Wraps one openapi-fetch method: resolves with the success body, throws {@link ApiError} for any non-2xx. */
function throwing<Args extends unknown[], A extends Answer>(send: (...args: Args) => Promise<A>): (...args: Args) => Promise<DataOf<A>>;
function throwing(send: (...args: unknown[]) => Promise<Answer>) {
  return async (...args: unknown[]) => {
    const { data, error, response } = await send(...args);
    if (!response.ok) throw new ApiError(problemOf(response, error));
    return data;
  };
}

/**
 * The typed API client: `GET/POST/PUT/DELETE(path, { params: { path, query, header }, body })`
 * resolve with the typed success body and reject with {@link ApiError}; `raw` answers instead.
 */
export function createSigapClient(options: SigapClientOptions = {}) {
  const raw = createRawClient(options);
  return {
    raw,
    GET: throwing(raw.GET.bind(raw)),
    POST: throwing(raw.POST.bind(raw)),
    PUT: throwing(raw.PUT.bind(raw)),
    DELETE: throwing(raw.DELETE.bind(raw)),
  };
}

export type SigapClient = ReturnType<typeof createSigapClient>;
