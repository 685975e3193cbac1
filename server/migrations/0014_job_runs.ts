import { type Kysely, sql } from 'kysely';

/**
 * The background jobs' run history and their leases (platform/jobs/).
 *
 * `job_run`: one row per run that did work or failed, per cron time, and one empty successful
 * run of an interval job an hour (so a 10-second job does not write 8,640 rows a day). Global
 * jobs have no Pemda; a per-Pemda job's runs carry theirs. Pruned after 90 days by housekeeping.
 *
 * `job_lease`: one row per job (and Pemda, for per-Pemda jobs). A run first takes the lease —
 * one statement that succeeds only where the lease has lapsed — and renews it while it runs,
 * so a job never overlaps with itself across processes, and a crashed holder's lease lapses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE job_run (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      job_name text NOT NULL,
      pemda_id uuid REFERENCES pemda(id) ON DELETE CASCADE,
      scheduled_for timestamptz,
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      outcome text NOT NULL CHECK (outcome IN ('running', 'succeeded', 'failed', 'skipped')),
      counts jsonb NOT NULL DEFAULT '{}',
      error text,
      host text NOT NULL,
      pid integer NOT NULL,
      CHECK ((outcome = 'running') = (finished_at IS NULL))
    )`,
    // The latest runs of one job (in one Pemda): the jobs page and its history.
    sql`CREATE INDEX job_run_latest_idx ON job_run (job_name, pemda_id, started_at DESC)`,
    sql`CREATE INDEX job_run_failed_idx ON job_run (job_name, pemda_id, started_at DESC) WHERE outcome = 'failed'`,
    sql`CREATE INDEX job_run_running_idx ON job_run (job_name, pemda_id) WHERE outcome = 'running'`,
    // Each cron time is claimed once, whichever process gets there first.
    sql`CREATE UNIQUE INDEX job_run_occurrence_uq ON job_run (job_name, pemda_id, scheduled_for) NULLS NOT DISTINCT
      WHERE scheduled_for IS NOT NULL`,
    // Housekeeping's pruning.
    sql`CREATE INDEX job_run_started_idx ON job_run (started_at)`,
    sql`CREATE TABLE job_lease (
      job_name text NOT NULL,
      pemda_id uuid REFERENCES pemda(id) ON DELETE CASCADE,
      holder text NOT NULL,
      locked_until timestamptz NOT NULL,
      -- The last run under this lease, recorded in job_run or not (empty runs are written hourly).
      last_started_at timestamptz,
      last_finished_at timestamptz,
      CONSTRAINT job_lease_key UNIQUE NULLS NOT DISTINCT (job_name, pemda_id)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
