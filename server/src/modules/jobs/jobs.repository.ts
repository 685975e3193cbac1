import { type Kysely, sql } from 'kysely';
import type { Database, JobRunRow } from '../../platform/db/schema';

/**
 * The run history and leases, always for one Pemda: a per-Pemda job's rows are the actor's
 * Pemda's, a global job's (pemda_id null) are the deployment's, shown to every Pemda's admins.
 */
export class JobsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private runsOf(jobName: string, pemdaId: string | null) {
    return this.db
      .selectFrom('job_run')
      .where('job_name', '=', jobName)
      .where('pemda_id', pemdaId === null ? 'is' : '=', pemdaId);
  }

  latestRun(jobName: string, pemdaId: string | null): Promise<JobRunRow | undefined> {
    return this.runsOf(jobName, pemdaId).selectAll().orderBy('started_at', 'desc').limit(1).executeTakeFirst();
  }

  latestFailure(jobName: string, pemdaId: string | null): Promise<JobRunRow | undefined> {
    return this.runsOf(jobName, pemdaId)
      .selectAll()
      .where('outcome', '=', 'failed')
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async page(jobName: string, pemdaId: string | null, page: number, pageSize: number): Promise<{ rows: JobRunRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.runsOf(jobName, pemdaId)
        .selectAll()
        .orderBy('started_at', 'desc')
        .orderBy('id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.runsOf(jobName, pemdaId)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.n };
  }

  /** When a run last started (recorded or not) and whether one runs now, from the job's lease. */
  lease(jobName: string, pemdaId: string | null): Promise<{ lastStartedAt: Date | null; running: boolean } | undefined> {
    return this.db
      .selectFrom('job_lease')
      .select(['last_started_at as lastStartedAt', sql<boolean>`locked_until > now()`.as('running')])
      .where('job_name', '=', jobName)
      .where('pemda_id', pemdaId === null ? 'is' : '=', pemdaId)
      .executeTakeFirst();
  }

  async timeZoneOf(pemdaId: string): Promise<string> {
    const row = await this.db.selectFrom('pemda').select('time_zone').where('id', '=', pemdaId).executeTakeFirstOrThrow();
    return row.time_zone;
  }
}
