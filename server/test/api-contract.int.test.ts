import { AuditVerification, DEFAULT_POLICY, PerangkatDaerahPage } from '@sigap/core';
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
// Parseable but wrong: the shapes of calendars, holidays and the policy with values a person might type.
const clockish = fc.oneof(
  fc.constantFrom('07:30', '07.30', '7:30', '7.30', '24:00', '24.00', '24:30', '23:60', '07:30:00', '', '0730', '07,30', '٠٧:٣٠', '-1:00'),
  printable,
);
const interval = fc.record({ start: clockish, end: clockish });
const week = fc.array(fc.array(interval, { maxLength: 3 }), { minLength: 0, maxLength: 8 });
const dateish = fc.oneof(fc.constantFrom('2026-02-30', '2026-13-01', '2026-12-31', '31-12-2026', '2026/12/31', ''), printable);
const calendarBody = fc.record(
  {
    name: fc.oneof(printable, fc.constant('Kalender Uji')),
    alwaysOn: fc.oneof(fc.boolean(), fc.constant('true')),
    observesHolidays: fc.boolean(),
    weeklyHours: week,
    periods: fc.array(fc.record({ name: printable, from: dateish, to: dateish, weeklyHours: week }), { maxLength: 3 }),
    version: fc.oneof(fc.constant(1), fc.integer()),
  },
  { requiredKeys: ['weeklyHours'] },
);
const holidayBody = fc.record({
  date: dateish,
  name: printable,
  kind: fc.constantFrom('nasional', 'cuti_bersama', 'daerah', 'lainnya'),
  offHours: fc.option(interval),
});
const numberish = fc.oneof(fc.constantFrom(0, -1, 0.5, 1.5, 150, 1e9, Number.MAX_SAFE_INTEGER), fc.double());
const policyBody = fc
  .record({ field: fc.constantFrom('escalationShare', 'maxResponseMinutes', 'autoCloseWorkingDays'), value: numberish, p1: numberish })
  .map(({ field, value, p1 }) => ({
    policy: { ...DEFAULT_POLICY, [field]: value, responseMinutes: { ...DEFAULT_POLICY.responseMinutes, P1: p1 } },
    version: 0,
  }));
const csvBody = fc.record({
  year: fc.oneof(fc.constant(2026), fc.integer()),
  csv: fc.oneof(
    fc.constantFrom(
      '2026-01-01,"Tahun Baru',
      'tanggal,nama,jenis\n2026-01-01,Tahun Baru,daerah',
      '"a"b,c',
      '#"',
      ';;;',
      '\uFEFF2026-01-01;x;nasional',
    ),
    fc.string({ maxLength: 200 }),
  ),
});
const shapedBody = fc.oneof(calendarBody, holidayBody, policyBody, csvBody).map((v) => JSON.stringify(v));

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
  shapedBody,
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

  it('never gets a 5xx for parseable but wrong calendars, holidays, policies and CSV imports', async () => {
    const targets = apiRoutes.filter((r) => /\/(calendars|holidays|service-desk\/policy)/.test(r.url) && r.method !== 'GET');
    expect(targets.length).toBeGreaterThanOrEqual(6);
    const calendarId = (body(await admin.get('/api/v1/calendars'), z.array(z.object({ id: z.string() })))[0] ?? { id: '' }).id;
    await fc.assert(
      fc.asyncProperty(fc.nat(), shapedBody, async (n, payload) => {
        const route = targets[n % targets.length];
        if (!route) throw new Error('no calendar routes');
        const index = apiRoutes.indexOf(route);
        const status = await send(admin, {
          route: index,
          segment: calendarId,
          body: payload,
          query: {},
          headers: { 'content-type': 'application/json' },
          csrf: null,
        });
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 600 },
    );
  });

  it('still serves the data saved before the fuzzing', async () => {
    expect(body(await admin.get('/api/v1/perangkat-daerah?q=Dinkes'), PerangkatDaerahPage).total).toBeGreaterThan(0);
    expect(body(await admin.get('/api/v1/audit/verify'), AuditVerification).intact).toBe(true);
  });
});
