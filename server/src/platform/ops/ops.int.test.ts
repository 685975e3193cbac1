import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, startTestApp, type TestApp } from '../../../test/harness';
import { HealthChecks, staleAfterSeconds } from './health';
import { registerOperations } from './ops.routes';
import { sigapJobs } from '../../jobs';

const Readiness = z.object({
  status: z.string(),
  checks: z.object({
    database: z.object({ ok: z.boolean() }),
    migrations: z.object({ ok: z.boolean() }),
    jobs: z.object({ ok: z.boolean() }),
  }),
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(() => t.close());

describe('health', () => {
  it('is live without the database and ready with it', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(Readiness.parse(ready.json())).toMatchObject({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true } } });
  });

  it('is not ready when a migration has not run, and says which', async () => {
    await sql`DELETE FROM kysely_migration WHERE name = '0014_job_runs'`.execute(t.handle.db);
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'not_ready', checks: { migrations: { ok: false, detail: 'pending: 0014_job_runs' } } });
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0014_job_runs', now()::text)`.execute(t.handle.db);
    }
  });

  it('reports jobs that have not started for three intervals, once the process has been up that long', async () => {
    const jobs = sigapJobs({ db: t.handle.db, engine: t.handle.engine, smtp: null });
    const checks = new HealthChecks(t.handle.db, jobs);
    const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
    // Just started, nothing has run yet: not stale.
    expect((await checks.readiness()).jobs.ok).toBe(true);
    // Long after start with no run anywhere: every interval job is stale.
    expect((await checks.readiness(later(staleAfterSeconds(3600) + 1))).jobs).toMatchObject({
      ok: false,
      detail: expect.stringContaining('escalation') as unknown,
    });
    // The escalation job started a moment ago in some process: it is alive, the hourly housekeeping is not.
    await t.handle.db
      .insertInto('job_lease')
      .values({
        job_name: 'escalation',
        pemda_id: null,
        holder: 'other-host:1',
        locked_until: later(staleAfterSeconds(3600)),
        last_started_at: later(staleAfterSeconds(3600)),
      })
      .execute();
    const detail = (await checks.readiness(later(staleAfterSeconds(3600) + 1))).jobs.detail;
    expect(detail).not.toContain('escalation');
    expect(detail).toContain('housekeeping');
  });
});

describe('metrics', () => {
  it('counts requests by route pattern and reads the outbox and jobs from the database', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    await admin.get('/api/v1/services?q=Intra');
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toMatch(/sigap_http_requests_total\{method="GET",route="\/api\/v1\/services",status="200"\} 1/);
    expect(res.body).toContain('sigap_http_request_duration_seconds_bucket');
    expect(res.body).toMatch(/sigap_outbox_pending\{state="pending"\} \d+/);
    expect(res.body).toContain('sigap_escalations_24h{kind="breached"}');
    expect(res.body).toContain('sigap_process_cpu_seconds_total');
  });

  it('is not shown through a proxy, nor without the token when one is set', async () => {
    const proxied = await t.app.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.statusCode).toBe(404);
    const remote = await t.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(404);

    const withToken = Fastify({ logger: false });
    withToken.setValidatorCompiler(validatorCompiler);
    withToken.setSerializerCompiler(serializerCompiler);
    registerOperations(withToken, {
      db: t.handle.db,
      engine: t.handle.engine,
      version: 'test',
      jobs: sigapJobs({ db: t.handle.db, engine: t.handle.engine, smtp: null }),
      metricsToken: 'a-token-of-sixteen-chars',
    });
    const scrape = (authorization?: string) =>
      withToken.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} }).then((r) => r.statusCode);
    expect(await scrape()).toBe(404);
    expect(await scrape('Bearer wrong')).toBe(404);
    expect(await scrape('Bearer a-token-of-sixteen-chars')).toBe(200);
    await withToken.close();
  });
});
