import { AuditVerification, PerangkatDaerahPage } from '@sigap/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, problemOf, startTestApp, type TestApp } from './harness';

let t: TestApp;
let admin: ApiClient;
let apiRoutes: { method: string; url: string }[];
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  apiRoutes = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
});
afterAll(() => t.close());

describe('health and OpenAPI', () => {
  it('reports the engine in /api/health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: process.env.SIGAP_TEST_ENGINE ?? 'pglite' });
  });

  it('documents every /api/v1 route in the OpenAPI 3 document', async () => {
    const OpenApi = z.object({ openapi: z.string(), paths: z.record(z.string(), z.record(z.string(), z.unknown())) });
    const doc = body(await t.app.inject({ method: 'GET', url: '/api/openapi.json' }), OpenApi);
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const expected = apiRoutes.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(expected.length).toBeGreaterThan(15);
    for (const route of expected) expect(documented).toContain(route);
  });

  it('answers unknown API paths with a problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('route.not_found');
  });
});

// --- malformed input never produces a 5xx ---------------------------------------------

const printable = fc.string({ unit: fc.constantFrom(...' !#$%&()*+,-./0123456789:;<=>?@ABCXYZabcxyz[]^_{|}~'.split('')), maxLength: 40 });
const pathSegment = fc.oneof(fc.uuid(), fc.string({ maxLength: 30 }), fc.constantFrom('0', '-1', 'null', '%', '..', 'a'.repeat(300)));
/** JSON.stringify as it behaves: `undefined` (which fc.anything yields) gives no text at all. */
const stringify = (value: unknown): string | undefined => JSON.stringify(value);
const jsonBody = fc.oneof(
  fc.anything({ maxDepth: 3 }).map((v) => stringify(v) ?? 'null'),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[1,', '{"name":', 'null', '""', '{"__proto__":{"x":1}}', '{"version":"1"}', '{"page":-1}'),
  fc
    .dictionary(
      fc.constantFrom(
        'name',
        'email',
        'password',
        'nip',
        'version',
        'role',
        'perangkatDaerahId',
        'type',
        'shortName',
        'active',
        'parentId',
        'kind',
        'timeZone',
        'roles',
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map((v) => JSON.stringify(v)),
);
const query = fc.dictionary(
  fc.constantFrom('page', 'pageSize', 'q', 'active', 'type', 'role', 'perangkatDaerahId', 'entityType', 'x'),
  printable,
  { maxKeys: 4 },
);
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/json; charset=latin1',
      '',
    ),
    'idempotency-key': printable,
    accept: fc.constantFrom('*/*', 'text/html', 'application/xml'),
  },
  { requiredKeys: [] },
);

const fuzzRequest = fc.record({
  route: fc.nat(),
  segment: pathSegment,
  body: fc.option(jsonBody),
  query,
  headers,
  // Now and then a wrong CSRF token; mostly the right one, so writes reach validation.
  csrf: fc.option(printable, { freq: 10 }),
});

/** What every refusal carries, whatever else it says. */
const ProblemFields = z.object({ code: z.string(), detail: z.string(), status: z.number() });

type FuzzInput = {
  route: number;
  segment: string;
  body: string | null;
  query: Record<string, string>;
  headers: Record<string, string>;
  csrf: string | null;
};

/** Sends one fuzzed request; returns its status after checking that a 4xx is a proper problem. */
async function send(client: ApiClient | null, input: FuzzInput) {
  const route = apiRoutes[input.route % apiRoutes.length];
  if (!route) throw new Error('no /api/v1 routes registered');
  if (client && route.url.endsWith('/auth/logout')) return 200;
  const url = route.url.replace(/:\w+/g, encodeURIComponent(input.segment)) + '?' + new URLSearchParams(input.query).toString();
  const h: Record<string, string> = Object.fromEntries(Object.entries(input.headers).filter(([, v]) => v !== ''));
  if (client) {
    h.cookie = client.cookie ?? '';
    h['x-csrf-token'] = input.csrf ?? client.csrfToken ?? '';
  } else if (input.csrf !== null) {
    h['x-csrf-token'] = input.csrf;
  }
  const res = await t.app.inject({
    method: route.method as 'GET',
    url,
    headers: h,
    ...(input.body === null || route.method === 'GET' ? {} : { payload: input.body }),
  });
  if (res.statusCode >= 400) {
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(body(res, ProblemFields).status).toBe(res.statusCode);
  }
  return res.statusCode;
}

describe('malformed input', () => {
  it('never gets a 5xx, signed in with a valid CSRF token', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (input) => {
        expect(await send(admin, input)).toBeLessThan(500);
      }),
      { numRuns: 1500 },
    );
  });

  it('never gets a 5xx, anonymous', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (input) => {
        expect(await send(null, input)).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
  });

  it('still serves the data saved before the fuzzing', async () => {
    expect(body(await admin.get('/api/v1/perangkat-daerah?q=Dinkes'), PerangkatDaerahPage).total).toBeGreaterThan(0);
    expect(body(await admin.get('/api/v1/audit/verify'), AuditVerification).intact).toBe(true);
  });
});
