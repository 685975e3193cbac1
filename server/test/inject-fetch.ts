import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function methodOf(request: Request): NonNullable<InjectOptions['method']> {
  const method = METHODS.find((m) => m === request.method);
  if (!method) throw new Error(`inject fetch: unsupported method ${request.method}`);
  return method;
}

function headersOf(res: LightMyRequestResponse): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, String(item));
  }
  return headers;
}

/**
 * A `fetch` that hands each request to `app.inject` (no socket) and turns the answer into a
 * `Response`, so the typed API client talks to the app in-process. The request's origin is ignored.
 */
export function injectFetch(app: FastifyInstance): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    const payload = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const res = await app.inject({
      method: methodOf(request),
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers.entries()),
      ...(payload === undefined ? {} : { payload }),
    });
    const body = NULL_BODY_STATUSES.has(res.statusCode) || res.rawPayload.length === 0 ? null : res.rawPayload;
    return new Response(body, { status: res.statusCode, statusText: res.statusMessage, headers: headersOf(res) });
  };
}
