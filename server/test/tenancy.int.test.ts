import { isDeploymentPermission } from '@sigap/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../src/app';
import { bodyRefCases, foreignFilterReads, WRITERS } from './tenancy/body-refs';
import { fingerprint } from './tenancy/fingerprint';
import { ROUTE_FIXTURES, type Params, type RequestBody, type RouteFixture } from './tenancy/routes';
import { FOREIGN_MARK, HIDDEN_MARK, seedWorld, type World } from './tenancy/world';
import { ApiClient, DEMO_SUPER_ADMIN, logIn, logInOperator, startTestApp, type TestApp } from './harness';

/** The demo Pemda's callers: its administrator (Pemda-wide) and two PD-scoped users. */
const CALLERS = ['admin@demo.sigap.id', 'tier1.dinkes@demo.sigap.id', 'pimpinan@demo.sigap.id'] as const;
const PD_SCOPED = new Set<string>(['tier1.dinkes@demo.sigap.id', 'pimpinan@demo.sigap.id']);

interface Caller {
  email: string;
  client: ApiClient;
  permissions: Set<string>;
}

let t: TestApp;
let world: World;
let callers: Caller[];
let routes: RegisteredRoute[];
/** What each walk did, printed at the end: routes called, requests made, statuses seen. */
const stats = new Map<string, { routes: Set<string>; requests: number; statuses: Map<number, number> }>();

beforeAll(async () => {
  t = await startTestApp();
  callers = [];
  for (const email of CALLERS) {
    const session = await logIn(t.app, email);
    callers.push({
      email,
      client: new ApiClient(t.app, session.cookie, session.csrfToken),
      permissions: new Set(session.me.permissions),
    });
  }
  world = await seedWorld(t, new Map(callers.map((c) => [c.email, c.client])));
  routes = t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/') && r.url.includes(':'));
});
afterAll(async () => {
  for (const [walk, s] of stats) {
    const statuses = [...s.statuses].sort(([a], [b]) => a - b).map(([code, n]) => `${code}×${n}`);
    console.info(`tenancy ${walk}: ${s.routes.size} routes, ${s.requests} requests, statuses ${statuses.join(' ')}`);
  }
  await t.close();
});

const keyOf = (r: RegisteredRoute) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url.slice('/api/v1'.length)}`;

function fixtureOf(route: RegisteredRoute): RouteFixture {
  const fixture = ROUTE_FIXTURES[keyOf(route)];
  if (!fixture) throw new Error(`no fixture for ${keyOf(route)}`);
  return fixture;
}

function pathOf(url: string, params: Params): string {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${url}: no value for :${name}`);
    return value;
  });
}

function holds(caller: Caller, route: RegisteredRoute): boolean {
  const access = route.access;
  return access === undefined || access === 'public' || access === 'session' || caller.permissions.has(access);
}

async function send(walk: string, caller: Caller, route: RegisteredRoute, path: string, body: RequestBody | undefined) {
  const method = route.method === 'HEAD' ? 'HEAD' : route.method === 'GET' ? 'GET' : route.method === 'DELETE' ? 'DELETE' : null;
  let res: LightMyRequestResponse;
  if (method) res = await caller.client.request(method, path);
  else {
    const write = route.method === 'PUT' ? 'PUT' : 'POST';
    const payload = body ?? { json: {} };
    res =
      'json' in payload
        ? await caller.client.request(write, path, payload.json)
        : await caller.client.request(write, path, payload.multipart.payload, payload.multipart.headers);
  }
  const s = stats.get(walk) ?? { routes: new Set<string>(), requests: 0, statuses: new Map<number, number>() };
  stats.set(walk, s);
  s.routes.add(`${route.method} ${route.url}`);
  s.requests += 1;
  s.statuses.set(res.statusCode, (s.statuses.get(res.statusCode) ?? 0) + 1);
  return res;
}

/** What of `secrets` an answer shows, leaving aside the path a problem echoes as its `instance`. */
const shown = (res: LightMyRequestResponse, path: string, secrets: readonly string[]) =>
  secrets.filter((s) => res.body.split(path).join('').includes(s));

const foreignSecrets = () => [...world.foreign.ids, FOREIGN_MARK, 'Kabupaten Lain', 'Admin Lain', 'lain.go.id'];
const hiddenSecrets = () => [...world.home.hidden.ids, HIDDEN_MARK];

describe('tenancy: every route with a path parameter', () => {
  it('has a fixture, and every fixture names a registered route', () => {
    expect(routes.length).toBeGreaterThan(30);
    const registered = new Set(routes.map(keyOf));
    const missing = [...registered].filter((k) => !(k in ROUTE_FIXTURES));
    expect(missing, 'add these routes to ROUTE_FIXTURES in server/test/tenancy/routes.ts').toEqual([]);
    expect(Object.keys(ROUTE_FIXTURES).filter((k) => !registered.has(k))).toEqual([]);
  });

  it('answers the demo Pemda’s users 404 (403 without the permission) for the other Pemda’s ids, showing none of its data', async () => {
    const before = await fingerprint(t.handle.db);
    const wrong: string[] = [];
    for (const route of routes) {
      const fixture = fixtureOf(route);
      for (const caller of callers) {
        const cases =
          fixture.kind === 'tenant'
            ? fixture.foreign(world, caller.email).map((params) => ({
                params,
                status: holds(caller, route) ? 404 : 403,
                body: fixture.body?.(world, caller.email),
              }))
            : [{ params: fixture.params, status: fixture.status(caller.email, holds(caller, route)), body: fixture.body?.() }];
        for (const c of cases) {
          const path = pathOf(route.url, c.params);
          const res = await send('other Pemda', caller, route, path, c.body);
          const leaks = shown(res, path, foreignSecrets());
          if (res.statusCode !== c.status || leaks.length > 0)
            wrong.push(`${caller.email} ${route.method} ${path}: ${res.statusCode} (want ${c.status}) ${leaks.join(',')} ${res.body}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(t.handle.db)).toEqual(before);
  });

  it('answers PD-scoped users 404 (or the permission’s 403) for their own Pemda’s rows outside their scope', async () => {
    const before = await fingerprint(t.handle.db);
    const wrong: string[] = [];
    let walked = 0;
    for (const route of routes) {
      const fixture = fixtureOf(route);
      if (fixture.kind !== 'tenant' || !('hidden' in fixture.pd)) continue;
      const scope = fixture.pd;
      for (const caller of callers.filter((c) => PD_SCOPED.has(c.email))) {
        for (const params of scope.hidden(world, caller.email)) {
          const path = pathOf(route.url, params);
          const want = holds(caller, route) ? (scope.status ?? 404) : 403;
          const res = await send('outside PD scope', caller, route, path, fixture.body?.(world, caller.email));
          walked += 1;
          const leaks = shown(res, path, hiddenSecrets());
          if (res.statusCode !== want || leaks.length > 0)
            wrong.push(`${caller.email} ${route.method} ${path}: ${res.statusCode} (want ${want}) ${leaks.join(',')} ${res.body}`);
        }
      }
    }
    expect(walked).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
    expect(await fingerprint(t.handle.db)).toEqual(before);
  });
});

describe('tenancy: the deployment’s super-administrator', () => {
  /** Every route a Pemda's users call: neither public nor the deployment's own. */
  const pemdaScoped = (r: RegisteredRoute) =>
    r.url.startsWith('/api/v1/') &&
    r.access !== undefined &&
    r.access !== 'public' &&
    r.access !== 'operator' &&
    !isDeploymentPermission(r.access);

  it('gets 403 on every Pemda-scoped route, with ids of both Pemda, and sees and changes nothing', async () => {
    const superAdmin: Caller = { email: DEMO_SUPER_ADMIN, client: await logInOperator(t.app), permissions: new Set() };
    const all = t.app.registeredRoutes.filter(pemdaScoped);
    expect(all.length).toBeGreaterThan(60);
    const before = await fingerprint(t.handle.db);
    const wrong: string[] = [];
    for (const route of all) {
      let cases: { params: Params; body: RequestBody | undefined }[] = [{ params: {}, body: undefined }];
      if (route.url.includes(':')) {
        const fixture = fixtureOf(route);
        const admin = 'admin@demo.sigap.id';
        cases =
          fixture.kind === 'tenant'
            ? [...fixture.foreign(world, admin), ...('hidden' in fixture.pd ? fixture.pd.hidden(world, admin) : [])].map((params) => ({
                params,
                body: fixture.body?.(world, admin),
              }))
            : [{ params: fixture.params, body: fixture.body?.() }];
      }
      for (const c of cases) {
        const path = pathOf(route.url, c.params);
        const res = await send('super-administrator', superAdmin, route, path, c.body);
        const leaks = shown(res, path, [...foreignSecrets(), ...hiddenSecrets(), 'Kota Contoh']);
        if (res.statusCode !== 403 || leaks.length > 0)
          wrong.push(`${route.method} ${path}: ${res.statusCode} ${leaks.join(',')} ${res.body}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(t.handle.db)).toEqual(before);
  });
});

describe('tenancy: references to the other Pemda in a body', () => {
  it('refuses writes that name the other Pemda’s rows, and changes nothing', async () => {
    const writers = new Map<string, ApiClient>();
    for (const email of WRITERS) writers.set(email, await ApiClient.login(t.app, email));
    const writer = (email: string) => {
      const client = writers.get(email);
      if (!client) throw new Error(`${email} is not a writer`);
      return client;
    };
    const admin = writer('admin@demo.sigap.id');
    const ticketId = world.home.ticketOf.get('admin@demo.sigap.id') ?? '';
    const byId = (id: string) => ({ params: { path: { id } } });
    const versions = {
      service: (await admin.api.GET('/services/{id}', byId(world.home.services.diskominfo))).version,
      pengguna: (await admin.api.GET('/users/{id}', byId(world.home.users.pengguna))).version,
      dinkes: (await admin.api.GET('/perangkat-daerah/{id}', byId(world.home.pds.dinkes))).version,
      ticket: { id: ticketId, version: (await admin.api.GET('/tickets/{id}', byId(ticketId))).version },
      problem: (await writer('koordinator.gangguan@demo.sigap.id').api.GET('/problems/{id}', byId(world.home.problemId))).version,
    };

    const before = await fingerprint(t.handle.db);
    const wrong: string[] = [];
    for (const c of bodyRefCases(world, versions)) {
      const path = `/api/v1${c.path}`;
      const res = await writer(c.who).request(c.method, path, c.body);
      const leaks = shown(res, path, foreignSecrets());
      if (res.statusCode !== c.want || leaks.length > 0)
        wrong.push(
          `${c.who} ${c.method} ${c.path} ${JSON.stringify(c.body)}: ${res.statusCode} (want ${c.want}) shows [${leaks.join(',')}]`,
        );
    }
    for (const r of foreignFilterReads(world)) {
      const res = await writer(r.who).get(`/api/v1${r.path}`);
      const leaks = shown(res, r.path, foreignSecrets());
      if (res.statusCode !== 200 || leaks.length > 0) wrong.push(`${r.who} GET ${r.path}: ${res.statusCode} ${leaks.join(',')}`);
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(t.handle.db)).toEqual(before);
  });

  it('still lets a user mark their own notice read, twice', async () => {
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const [notice] = (await tier2.api.GET('/notifications')).items;
    if (!notice) throw new Error('Tier 2 has no notice');
    expect((await tier2.post(`/api/v1/notifications/${notice.id}/read`)).statusCode).toBe(204);
    expect((await tier2.post(`/api/v1/notifications/${notice.id}/read`)).statusCode).toBe(204);
  });
});
