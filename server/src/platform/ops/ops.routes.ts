import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database';
import type { Engine, PoolStats } from '../db/engine';
import type { JobRegistry } from '../jobs/registry';
import { problemBody, sendProblem } from '../http/problem';
import { HealthChecks } from './health';
import { Metrics } from './metrics';

export interface OperationsOptions {
  db: Db;
  engine: Engine;
  version: string;
  jobs: JobRegistry;
  poolStats?: () => PoolStats;
  /** Bearer token `/metrics` asks for; without one it answers only direct loopback requests. */
  metricsToken?: string;
}

const Check = z.object({ ok: z.boolean(), detail: z.string() });
const ReadinessBody = z.object({
  status: z.enum(['ready', 'degraded', 'not_ready']),
  version: z.string(),
  checks: z.object({ database: Check, migrations: Check, jobs: Check }),
});

/**
 * Liveness, readiness and Prometheus metrics (docs/OPERATIONS.md). Outside `/api/v1` and the
 * session guard: load balancers and monitors call them without signing in.
 */
export function registerOperations(app: FastifyInstance, options: OperationsOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const health = new HealthChecks(options.db, options.jobs);
  const metrics = new Metrics(options.db, options.poolStats);

  app.addHook('onResponse', async (request, reply) => {
    metrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  // Kept as it was for existing monitors: the process answers and the database does.
  api.get(
    '/api/health',
    {
      schema: {
        hide: true,
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string(), time: z.string() }),
        },
      },
    },
    async () => {
      await health.ping();
      return { status: 'ok' as const, database: options.engine, version: options.version, time: new Date().toISOString() };
    },
  );

  api.get('/api/health/live', { schema: { hide: true, response: { 200: z.object({ status: z.literal('ok') }) } } }, () => ({
    status: 'ok' as const,
  }));

  // 503 when this process cannot serve (no database, or a schema it was not built for). Stale
  // jobs make it "degraded" but still 200: taking every web process out of a load balancer
  // because the one running jobs stopped would turn a late escalation into an outage.
  api.get(
    '/api/health/ready',
    { schema: { hide: true, response: { 200: ReadinessBody, 503: ReadinessBody } } },
    async (_request, reply) => {
      const checks = await health.readiness();
      const serving = checks.database.ok && checks.migrations.ok;
      const status = !serving ? 'not_ready' : checks.jobs.ok ? 'ready' : 'degraded';
      return reply.code(serving ? 200 : 503).send({ status, version: options.version, checks });
    },
  );

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, options.metricsToken)) return sendProblem(reply, problemBody('route.not_found', request));
    const text = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(text);
  });
}

/** With a token, the bearer must match; without one, only a request made on this machine, not through a proxy. */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (token) {
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  const direct = request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
  const address = request.socket.remoteAddress ?? '';
  return direct && (address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1');
}
