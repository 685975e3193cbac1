import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Ticket } from '@sigap/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

// Two servers (two hosts, as far as Sigap can tell) on one PostgreSQL database: a setting written
// through one counts for the next ticket opened through the other (issue 17, item 4).
const root = path.resolve(import.meta.dirname, '../../../..');
const adminUrl = process.env.TEST_DATABASE_URL;
const engine = process.env.SIGAP_TEST_ENGINE ?? 'pglite';
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function server(databaseUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SIGAP_DEMO: '1',
      SIGAP_JOBS: '0',
      SIGAP_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}/api`;
  for (let i = 0; i < 480; i++) {
    const up = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return base;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

const Login = z.object({ csrfToken: z.string() });

/** A signed-in browser stand-in against one server. */
async function signIn(base: string, email: string) {
  const res = await fetch(`${base}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'sigap-demo' }),
  });
  const { csrfToken } = Login.parse(await res.json());
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (method: string, url: string, payload?: unknown): Promise<unknown> => {
    const r = await fetch(`${base}/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${text}`);
    return JSON.parse(text);
  };
}

const Calendars = z.array(z.object({ id: z.string(), name: z.string(), isDefault: z.boolean(), version: z.number() }));
const Pemda = z.object({ name: z.string(), kind: z.string(), version: z.number() });
const Items = z.object({ items: z.array(z.object({ id: z.string() })) });
const utcMinuteOfDay = (iso: string) => (new Date(iso).getTime() / 60_000) % 1440;

describe('settings across servers on one database', () => {
  it.runIf(engine === 'postgres' && adminUrl)('a zone changed through one server counts for the next ticket on another', async () => {
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required');
    const name = `sigap_settings_${randomBytes(4).toString('hex')}`;
    const pgAdmin = new pg.Client({ connectionString: adminUrl });
    await pgAdmin.connect();
    await pgAdmin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const a = await server(url.toString());
      const b = await server(url.toString());
      const adminOnA = await signIn(a, 'admin@demo.sigap.id');
      const userOnB = await signIn(b, 'pengguna@demo.sigap.id');

      // A calendar working 00:00–01:05 local every day: a due time's UTC minute tells the zone used.
      const office = Calendars.parse(await adminOnA('GET', '/calendars')).find((c) => c.isDefault);
      if (!office) throw new Error('no default calendar');
      const window = Array.from({ length: 7 }, () => [{ start: '00:00', end: '01:05' }]);
      await adminOnA('PUT', `/calendars/${office.id}`, {
        name: office.name,
        alwaysOn: false,
        weeklyHours: window,
        version: office.version,
      });
      const pd = Items.parse(await adminOnA('GET', '/perangkat-daerah?q=Diskominfo')).items[0];
      const service = z.object({ id: z.string() }).parse(
        await adminOnA('POST', '/services', {
          name: 'Layanan Uji Dua Server',
          description: 'Layanan uji kalender di dua server.',
          providerPdId: pd?.id,
          accessInfo: 'https://uji.kotacontoh.go.id',
          availabilityTarget: 99,
          helpContact: 'servicedesk@kotacontoh.go.id',
          helpdeskHours: 'Setiap hari',
          serviceType: 'administrasi',
          classification: 'normal',
          calendarId: office.id,
        }),
      );
      const report = async () =>
        Ticket.parse(
          await userOnB('POST', '/tickets', {
            kind: 'incident',
            serviceId: service.id,
            title: 'Aplikasi tidak bisa dibuka',
            description: 'Halaman awal aplikasi menampilkan galat sejak pagi ini.',
            impact: 'minor',
            urgency: 2,
          }),
        ).responseDueAt;

      // Server B opens a ticket (and caches the Pemda's setting): 00:00–01:05 WIB is 17:00–18:05 UTC.
      const wib = utcMinuteOfDay(await report());
      expect(wib).toBeGreaterThan(17 * 60);
      expect(wib).toBeLessThanOrEqual(18 * 60 + 5);

      // Server A moves the Pemda to WIT; B's very next ticket runs on 00:00–01:05 WIT (15:00–16:05 UTC).
      const pemda = Pemda.parse(await adminOnA('GET', '/pemda'));
      await adminOnA('PUT', '/pemda', { name: pemda.name, kind: pemda.kind, timeZone: 'Asia/Jayapura', version: pemda.version });
      const wit = utcMinuteOfDay(await report());
      expect(wit).toBeGreaterThan(15 * 60);
      expect(wit).toBeLessThanOrEqual(16 * 60 + 5);
    } finally {
      children.forEach((c) => c.kill('SIGTERM'));
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)))));
      await pgAdmin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await pgAdmin.end();
    }
  });
});
