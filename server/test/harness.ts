import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { API_BASE, createSigapClient, type ResponseOf, type SigapClient } from '@sigap/api-client';
import { Problem } from '@sigap/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import type { z } from 'zod';
import { buildApp } from '../src/app';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/engine';
import { migrateToLatest } from '../src/platform/db/migrate';
import type { AuditAnchors } from '../src/platform/audit/anchor';
import { anchorKeyFrom } from '../src/platform/audit/anchor-key';
import { FileAnchorStore } from '../src/platform/audit/anchor-store';
import type { ServerTimeouts } from '../src/platform/http/server-timeouts';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { DEMO_PASSWORD } from '../src/seed/demo-data';
import { injectFetch } from './inject-fetch';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** The audit checkpoints' store (a temporary directory) and key the app verifies with. */
  anchors: AuditAnchors;
  close(): Promise<void>;
}

/**
 * A migrated, demo-seeded app on the engine this Vitest project names: an in-memory
 * PGlite, or a fresh database on the PostgreSQL server of TEST_DATABASE_URL.
 */
export async function startTestApp(options: { trustProxy?: boolean; webDist?: string; timeouts?: ServerTimeouts } = {}): Promise<TestApp> {
  const engine = process.env.SIGAP_TEST_ENGINE ?? 'pglite';
  let dropDatabase = (): Promise<undefined> => Promise.resolve(undefined);
  let handle: DatabaseHandle;
  if (engine === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the postgres engine');
    const name = `sigap_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
    dropDatabase = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    handle = await openDatabase({ dataDir: null });
  }
  await migrateToLatest(handle.db);
  await seedDemoIfEmpty(handle.db);
  const attachmentsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-attachments-'));
  const anchorsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-anchors-'));
  const signingSecret = randomBytes(32);
  const anchors: AuditAnchors = { store: new FileAnchorStore(anchorsDir), key: anchorKeyFrom(signingSecret) };
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    logLevel: 'silent',
    trustProxy: options.trustProxy ?? false,
    ...(options.webDist ? { webDist: options.webDist } : {}),
    attachmentsDir,
    signingSecret,
    auditAnchors: anchors,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    checkResponses: true,
  });
  await app.ready();
  return {
    app,
    handle,
    anchors,
    async close() {
      await app.close();
      await handle.close();
      await dropDatabase();
      await fs.rm(attachmentsDir, { recursive: true, force: true });
      await fs.rm(anchorsDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
  return undefined;
}

type Body = InjectOptions['payload'];

/** The session a browser keeps after login: its cookie and the CSRF token sent on writes. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

/**
 * The typed API client (the web's, over the same generated types) talking to `app` through
 * `app.inject`; signed in when given a session. Resolves with typed bodies and throws `ApiError`
 * on a non-2xx; `.raw` answers `{ data, error, response }` for tests of refusals.
 */
export function typedClient(app: FastifyInstance, session: Session | null = null): SigapClient {
  return createSigapClient({
    baseUrl: `http://localhost${API_BASE}`,
    fetch: injectFetch(app),
    csrfToken: () => session?.csrfToken ?? null,
    headers: session ? { cookie: session.cookie } : {},
  });
}

/** Signs in through the typed client, as the web does; a demo user's password unless told. */
export async function logIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session & { me: ResponseOf<'/auth/login', 'post'> }> {
  const { data, error, response } = await typedClient(app).raw.POST('/auth/login', { body: { email, password } });
  if (!data) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(error)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('sigap_session='));
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrfToken: data.csrfToken, me: data };
}

/** The demo deployment's super-administrator (no Pemda's user). */
export const DEMO_SUPER_ADMIN = 'superadmin@demo.sigap.id';

/** Signs a deployment operator (super-administrator) in, as the web's /superadmin/masuk does. */
export async function logInOperator(app: FastifyInstance, email = DEMO_SUPER_ADMIN, password = DEMO_PASSWORD): Promise<ApiClient> {
  const { data, error, response } = await typedClient(app).raw.POST('/deployment/auth/login', { body: { email, password } });
  if (!data) throw new Error(`operator login ${email} failed: ${response.status} ${JSON.stringify(error)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('sigap_operator='));
  if (!cookie) throw new Error('no operator cookie');
  return new ApiClient(app, cookie, data.csrfToken);
}

/**
 * A signed-in browser stand-in. `api` is the typed client with this session; `get/post/put/delete`
 * send raw `app.inject` requests (deliberately malformed input, tests not yet on the typed client).
 */
export class ApiClient {
  readonly api: SigapClient;

  constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string | null = null,
    readonly csrfToken: string | null = null,
  ) {
    this.api = typedClient(app, cookie !== null && csrfToken !== null ? { cookie, csrfToken } : null);
  }

  static async login(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const session = await logIn(app, email, password);
    return new ApiClient(app, session.cookie, session.csrfToken);
  }

  request(
    method: InjectOptions['method'],
    url: string,
    payload?: Body,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] = this.csrfToken;
    return this.app.inject({ method, url, headers: h, ...(payload === undefined ? {} : { payload }) });
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: Body, headers?: Record<string, string>) {
    return this.request('POST', url, payload, headers);
  }
  put(url: string, payload?: Body) {
    return this.request('PUT', url, payload);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

/** A response's body as `schema` reads it (a contract from core, or the few fields a test needs); the test fails here when it does not fit. */
export function body<S extends z.ZodType>(res: LightMyRequestResponse, schema: S): z.output<S> {
  return schema.parse(res.json());
}

/** The problem+json body of a refused request. */
export function problemOf(res: LightMyRequestResponse): Problem {
  return body(res, Problem);
}

/** The first item of a list the test needs to be non-empty. */
export function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected a non-empty list');
  return item;
}

/** A second Pemda (with its Diskominfo and administrator), to prove tenants never see each other. */
export async function seedOtherPemda(handle: DatabaseHandle, adminEmail: string) {
  const { provisionPemda } = await import('../src/modules/provisioning');
  const created = await provisionPemda(handle.db, {
    name: 'Kabupaten Lain',
    kind: 'kabupaten',
    timeZone: 'Asia/Makassar',
    adminEmail,
    adminName: 'Admin Lain',
    adminPassword: DEMO_PASSWORD,
  });
  return { pemdaId: created.pemdaId, pdId: created.diskominfoId, userId: created.adminId };
}
