import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';

/** `running` until it ends; `skipped`: a scheduled time found too late to be worth running. */
export const JOB_OUTCOMES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export const JobOutcome = z.enum(JOB_OUTCOMES);
export type JobOutcome = z.infer<typeof JobOutcome>;

/** A job's name: lower-case words joined by hyphens ("escalation", "auto-close"). */
export const JobName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,59}$/)
  .max(60);

/**
 * When a job runs: every `seconds` in each process that runs jobs, or at the times of a cron
 * expression in a time zone — the Pemda's own for a job run once per Pemda.
 */
export const JobSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('interval'), seconds: z.number().int() }),
  z.object({ kind: z.literal('cron'), expression: z.string(), timeZone: z.string(), perPemda: z.boolean() }),
]);
export type JobSchedule = z.infer<typeof JobSchedule>;

/** What a run did, by name: `{ escalated: 3 }`. */
export const JobCounts = z.record(z.string(), z.number());
export type JobCounts = z.infer<typeof JobCounts>;

export const JobRun = z.object({
  id: z.number().int(),
  jobName: z.string(),
  /** The cron time this run is for; null for interval jobs. */
  scheduledFor: Timestamp.nullable(),
  startedAt: Timestamp,
  finishedAt: Timestamp.nullable(),
  outcome: JobOutcome,
  counts: JobCounts,
  error: z.string().nullable(),
  /** The host and process id that ran it. */
  host: z.string(),
  pid: z.number().int(),
});
export type JobRun = z.infer<typeof JobRun>;

export const JobSummary = z.object({
  name: z.string(),
  /** A code the web app translates (`jobs:description.<code>`). */
  description: z.string(),
  schedule: JobSchedule,
  /** When a run last started, recorded in the history or not (empty runs are recorded hourly). */
  lastStartedAt: Timestamp.nullable(),
  running: z.boolean(),
  /** The last recorded run, with its outcome and error. */
  lastRun: JobRun.nullable(),
  /** The last failed run, which may be older than the last run. */
  lastFailure: JobRun.nullable(),
  /** When it is next due: in the Pemda's zone for per-Pemda cron jobs. Null if unknown. */
  nextRunAt: Timestamp.nullable(),
});
export type JobSummary = z.infer<typeof JobSummary>;

export const JobList = z.object({ items: z.array(JobSummary) });
export type JobList = z.infer<typeof JobList>;

export const JobNameParams = z.strictObject({ name: JobName });

export const JobRunQuery = PageQuery.pick({ page: true, pageSize: true });
export type JobRunQuery = z.infer<typeof JobRunQuery>;

export const JobRunPage = pageOf(JobRun);
export type JobRunPage = z.infer<typeof JobRunPage>;
