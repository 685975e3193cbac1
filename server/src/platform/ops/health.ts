import { type Kysely, sql } from 'kysely';
import { migrations } from '../../../migrations';
import type { Database } from '../db/schema';
import type { JobRegistry } from '../jobs/registry';

export interface CheckResult {
  ok: boolean;
  detail: string;
}

export interface Readiness {
  database: CheckResult;
  migrations: CheckResult;
  jobs: CheckResult;
}

/** A job is stale when it has not started for three of its intervals and a minute more. */
export const staleAfterSeconds = (intervalSeconds: number) => 3 * intervalSeconds + 60;

/**
 * What `/api/health/ready` reports. The database must answer and every migration this build
 * knows must have run; the jobs must have started recently somewhere in the deployment (a
 * process of another host may run them), judged from their leases.
 */
export class HealthChecks {
  private readonly startedAt = Date.now();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly jobs: JobRegistry,
  ) {}

  /** Throws when the database does not answer. */
  async ping(): Promise<void> {
    await sql`SELECT 1`.execute(this.db);
  }

  async readiness(now = new Date()): Promise<Readiness> {
    const database = await this.database();
    if (!database.ok) {
      const skipped = { ok: false, detail: 'database unreachable' };
      return { database, migrations: skipped, jobs: skipped };
    }
    return { database, migrations: await this.migrations(), jobs: await this.jobsAlive(now) };
  }

  private async database(): Promise<CheckResult> {
    const started = performance.now();
    try {
      await sql`SELECT 1`.execute(this.db);
      return { ok: true, detail: `${Math.round(performance.now() - started)} ms` };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : 'failed' };
    }
  }

  private async migrations(): Promise<CheckResult> {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(this.db);
    const applied = new Set(rows.map((r) => r.name));
    const pending = Object.keys(migrations).filter((name) => !applied.has(name));
    const unknown = [...applied].filter((name) => !Object.hasOwn(migrations, name));
    if (pending.length) return { ok: false, detail: `pending: ${pending.join(', ')}` };
    // A newer build migrated this database: this older one may not understand it.
    if (unknown.length) return { ok: false, detail: `applied by a newer build: ${unknown.join(', ')}` };
    return { ok: true, detail: `${applied.size} applied` };
  }

  private async jobsAlive(now: Date): Promise<CheckResult> {
    const interval = this.jobs
      .definitions()
      .flatMap((j) => (j.schedule.kind === 'interval' ? [{ name: j.name, seconds: j.schedule.seconds }] : []));
    if (!interval.length) return { ok: true, detail: 'no interval jobs' };
    const leases = await this.db
      .selectFrom('job_lease')
      .select(['job_name', sql<Date | null>`max(last_started_at)`.as('last_started_at')])
      .where(
        'job_name',
        'in',
        interval.map((j) => j.name),
      )
      .groupBy('job_name')
      .execute();
    const lastStart = new Map(leases.map((l) => [l.job_name, l.last_started_at]));
    const upSeconds = (now.getTime() - this.startedAt) / 1000;
    const stale = interval.filter((j) => {
      const last = lastStart.get(j.name);
      const since = last ? (now.getTime() - last.getTime()) / 1000 : upSeconds;
      return since > staleAfterSeconds(j.seconds);
    });
    if (stale.length) return { ok: false, detail: `not started recently: ${stale.map((j) => j.name).join(', ')}` };
    return { ok: true, detail: `${interval.length} running` };
  }
}
