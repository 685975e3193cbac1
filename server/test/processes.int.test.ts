import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const adminUrl = process.env.TEST_DATABASE_URL;
const engine = process.env.SIGAP_TEST_ENGINE ?? 'pglite';
const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGTERM')));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', SIGAP_LOG_LEVEL: 'error', SIGAP_JOBS: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  return child;
}

async function healthy(port: number) {
  for (let i = 0; i < 240; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) {
        const health: unknown = await r.json();
        return health;
      }
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

/** The worker processes the cluster primary forked (Linux). */
function workersOf(primary: number): number[] {
  return fs
    .readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts')); // not tsx's esbuild service
}

/** One request on a connection of its own: its status, an error (a closed connection), or 'hung'. */
function requestAlone(port: number, waitMs: number): Promise<number | 'closed' | 'hung'> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/api/health', agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('closed'));
    req.setTimeout(waitMs, () => {
      resolve('hung');
      req.destroy();
    });
  });
}

async function withDatabase(adminUrl: string, prefix: string, use: (url: string) => Promise<void>) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe('server processes', () => {
  it.runIf(engine === 'postgres' && adminUrl)('leaves no connection open when the worker it went to dies', async () => {
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required');
    await withDatabase(adminUrl, 'sigap_crash', async (url) => {
      const port = await freePort();
      const child = start({ DATABASE_URL: url, SIGAP_DEMO: '0', SIGAP_WORKERS: '2', PORT: String(port) });
      await healthy(port);
      const primary = child.pid ?? 0;
      let workers = workersOf(primary);
      for (let i = 0; workers.length < 2 && i < 40; i++) {
        await new Promise((r) => setTimeout(r, 250));
        workers = workersOf(primary);
      }
      const [victim] = workers;
      if (victim === undefined) throw new Error('no worker processes');
      // The victim hangs, connections arrive, then it dies: none of them may be left waiting.
      process.kill(victim, 'SIGSTOP');
      const requests = Array.from({ length: 6 }, () => requestAlone(port, 15_000));
      await new Promise((r) => setTimeout(r, 1_000));
      process.kill(victim, 'SIGKILL');
      const outcomes = await Promise.all(requests);
      expect(outcomes.filter((o) => o === 'hung')).toEqual([]);
      // The primary forks a new worker; the server keeps answering.
      expect(await requestAlone(port, 15_000)).toBe(200);
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    });
  });

  it.runIf(engine === 'postgres' && adminUrl)('serves from several worker processes on one PostgreSQL database', async () => {
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is required');
    const name = `sigap_workers_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const port = await freePort();
      const child = start({ DATABASE_URL: url.toString(), SIGAP_DEMO: '1', SIGAP_WORKERS: '2', PORT: String(port) });
      expect(await healthy(port)).toMatchObject({ status: 'ok', database: 'postgres' });
      // Logins land on either worker; sessions live in the database, so each works everywhere.
      const results = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'admin@demo.sigap.id', password: 'sigap-demo' }),
          });
          const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
          const me = await fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { cookie } });
          return me.status;
        }),
      );
      expect(results.every((s) => s === 200)).toBe(true);
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  it.runIf(engine === 'pglite')('refuses several workers on the embedded database', async () => {
    const child = start({
      SIGAP_WORKERS: '2',
      SIGAP_DATA_DIR: path.join(root, 'data', `refuse-${randomBytes(3).toString('hex')}`),
      PORT: String(await freePort()),
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).not.toBe(0);
    expect(stderr).toContain('SIGAP_WORKERS > 1 needs DATABASE_URL');
  });
});
