import { type Kysely, sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PoolStats } from '../db/engine';
import type { Database } from '../db/schema';

/**
 * Prometheus metrics for `/metrics` (docs/OPERATIONS.md lists them). Request counts and latencies
 * are this process's own; the jobs, outbox and escalation figures are read from the database at
 * scrape time and so are the same whichever process answers.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route'>;

  constructor(db: Kysely<Database>, poolStats: (() => PoolStats) | undefined) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'sigap_' });
    this.requests = new Counter({
      name: 'sigap_http_requests_total',
      help: 'HTTP requests answered, by route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'sigap_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    if (poolStats) {
      new Gauge({
        name: 'sigap_db_pool_connections',
        help: 'Database pool connections: open, idle, and callers waiting for one',
        labelNames: ['state'],
        registers,
        collect() {
          const s = poolStats();
          this.set({ state: 'open' }, s.total);
          this.set({ state: 'idle' }, s.idle);
          this.set({ state: 'waiting' }, s.waiting);
        },
      });
    }
    this.databaseGauges(db, registers);
  }

  /** Called once a response is sent; `route` is the pattern (`/api/v1/tickets/:id`), never the raw URL. */
  observe(method: string, route: string, status: number, seconds: number): void {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route }, seconds);
  }

  private databaseGauges(db: Kysely<Database>, registers: Registry[]): void {
    new Gauge({
      name: 'sigap_outbox_pending',
      help: 'E-mails and webhooks waiting in the outbox, and those among them that failed at least once',
      labelNames: ['state'],
      registers,
      async collect() {
        const r = await db
          .selectFrom('outbox')
          .select([sql<number>`count(*)::int`.as('pending'), sql<number>`count(*) FILTER (WHERE attempts > 0)::int`.as('retrying')])
          .where('sent_at', 'is', null)
          .executeTakeFirstOrThrow();
        this.set({ state: 'pending' }, r.pending);
        this.set({ state: 'retrying' }, r.retrying);
      },
    });
    new Gauge({
      name: 'sigap_job_last_started_seconds',
      help: 'Seconds since each background job last started (in any process)',
      labelNames: ['job'],
      registers,
      async collect() {
        const rows = await db
          .selectFrom('job_lease')
          .select(['job_name', sql<number>`extract(epoch FROM now() - max(last_started_at))::float8`.as('age')])
          .where('last_started_at', 'is not', null)
          .groupBy('job_name')
          .execute();
        this.reset();
        for (const r of rows) this.set({ job: r.job_name }, r.age);
      },
    });
    new Gauge({
      name: 'sigap_job_runs_24h',
      help: 'Recorded background job runs in the last 24 hours, by outcome (runs that did nothing are recorded hourly)',
      labelNames: ['job', 'outcome'],
      registers,
      async collect() {
        const rows = await db
          .selectFrom('job_run')
          .select(['job_name', 'outcome', sql<number>`count(*)::int`.as('runs')])
          .where('started_at', '>', sql<Date>`now() - interval '24 hours'`)
          .groupBy(['job_name', 'outcome'])
          .execute();
        this.reset();
        for (const r of rows) this.set({ job: r.job_name, outcome: r.outcome }, r.runs);
      },
    });
    new Gauge({
      name: 'sigap_job_run_duration_seconds_max_24h',
      help: 'The longest recorded run of each background job in the last 24 hours',
      labelNames: ['job'],
      registers,
      async collect() {
        const rows = await db
          .selectFrom('job_run')
          .select(['job_name', sql<number>`extract(epoch FROM max(finished_at - started_at))::float8`.as('seconds')])
          .where('started_at', '>', sql<Date>`now() - interval '24 hours'`)
          .where('finished_at', 'is not', null)
          .groupBy('job_name')
          .execute();
        this.reset();
        for (const r of rows) this.set({ job: r.job_name }, r.seconds);
      },
    });
    new Gauge({
      name: 'sigap_escalations_24h',
      help: 'Tickets the escalation job warned about (80 % of the target) and found breached in the last 24 hours',
      labelNames: ['kind'],
      registers,
      async collect() {
        const r = await db
          .selectFrom('job_run')
          .select([
            sql<number>`coalesce(sum((counts->>'warned')::int), 0)::int`.as('warned'),
            sql<number>`coalesce(sum((counts->>'breached')::int), 0)::int`.as('breached'),
          ])
          .where('job_name', '=', 'escalation')
          .where('started_at', '>', sql<Date>`now() - interval '24 hours'`)
          .executeTakeFirstOrThrow();
        this.set({ kind: 'warned' }, r.warned);
        this.set({ kind: 'breached' }, r.breached);
      },
    });
  }
}
