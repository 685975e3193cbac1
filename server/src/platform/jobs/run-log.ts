import os from 'node:os';
import type { JobCounts } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database, JobRunTable } from '../db/schema';

/** Who runs: written on every run so an administrator can tell processes apart. */
const RUNNER = { host: os.hostname(), pid: process.pid };

/** How long the history is kept (housekeeping prunes older runs). */
export const RUN_RETENTION_DAYS = 90;

/** An interval job's empty successful runs are recorded at most this often. */
export const EMPTY_RUN_EVERY_MS = 60 * 60 * 1000;

type Outcome = JobRunTable['outcome'];

export interface FinishedRun {
  outcome: 'succeeded' | 'failed';
  counts: JobCounts;
  error: string | null;
}

const forScope = (db: Kysely<Database>, jobName: string, pemdaId: string | null) =>
  db
    .selectFrom('job_run')
    .where('job_name', '=', jobName)
    .where('pemda_id', pemdaId === null ? 'is' : '=', pemdaId);

/** Writes a finished run of an interval job. */
export async function recordRun(
  db: Kysely<Database>,
  run: FinishedRun & { jobName: string; pemdaId: string | null; startedAt: Date; finishedAt: Date },
): Promise<void> {
  await db
    .insertInto('job_run')
    .values({
      job_name: run.jobName,
      pemda_id: run.pemdaId,
      started_at: run.startedAt,
      finished_at: run.finishedAt,
      outcome: run.outcome,
      counts: JSON.stringify(run.counts),
      error: run.error,
      ...RUNNER,
    })
    .execute();
}

/**
 * Is an empty successful run worth recording? Yes when the last recorded run is over an hour old,
 * or was not a success (so the history shows the job recovered from a failure at once).
 */
export async function emptyRunWorthRecording(db: Kysely<Database>, jobName: string, pemdaId: string | null, now: Date): Promise<boolean> {
  const last = await forScope(db, jobName, pemdaId)
    .select(['outcome', 'started_at'])
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return !last || last.outcome !== 'succeeded' || last.started_at.getTime() <= now.getTime() - EMPTY_RUN_EVERY_MS;
}

/** The last cron time recorded for a job, if any. */
export async function lastCronTime(db: Kysely<Database>, jobName: string, pemdaId: string | null): Promise<Date | null> {
  const row = await forScope(db, jobName, pemdaId)
    .select('scheduled_for')
    .where('scheduled_for', 'is not', null)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.scheduled_for ?? null;
}

/**
 * Claims one cron time for this process: the unique index on (job, Pemda, time) lets exactly
 * one insert through. Returns the run's id, or null when another process claimed it first.
 */
export async function claimCronTime(
  db: Kysely<Database>,
  claim: { jobName: string; pemdaId: string | null; scheduledFor: Date; startedAt: Date; outcome: Extract<Outcome, 'running' | 'skipped'> },
): Promise<number | null> {
  const row = await db
    .insertInto('job_run')
    .values({
      job_name: claim.jobName,
      pemda_id: claim.pemdaId,
      scheduled_for: claim.scheduledFor,
      started_at: claim.startedAt,
      finished_at: claim.outcome === 'running' ? null : claim.startedAt,
      outcome: claim.outcome,
      ...RUNNER,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function finishRun(db: Kysely<Database>, id: number, run: FinishedRun, finishedAt: Date): Promise<void> {
  await db
    .updateTable('job_run')
    .set({ outcome: run.outcome, counts: JSON.stringify(run.counts), error: run.error, finished_at: finishedAt })
    .where('id', '=', id)
    .execute();
}

/**
 * Marks a job's runs still `running` as failed: called by the lease holder, so no one else is
 * running it and those rows were left by a process that stopped mid-run.
 */
export async function abandonRunning(db: Kysely<Database>, jobName: string, pemdaId: string | null, at: Date): Promise<void> {
  await db
    .updateTable('job_run')
    .set({ outcome: 'failed', finished_at: at, error: 'The process running it stopped before it finished.' })
    .where('job_name', '=', jobName)
    .where('pemda_id', pemdaId === null ? 'is' : '=', pemdaId)
    .where('outcome', '=', 'running')
    .execute();
}

/** Deletes runs older than the retention period; returns how many. */
export async function pruneRuns(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RUN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const result = await db.deleteFrom('job_run').where('started_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
