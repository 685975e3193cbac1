import type { JobCounts } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Every `seconds`, in each process that runs jobs (never overlapping itself across processes). */
export interface IntervalSchedule {
  kind: 'interval';
  seconds: number;
}

/**
 * At the times of a five-field cron expression: in each Pemda's own time zone, once per Pemda,
 * or in one named zone for a global job. Each time runs once across all processes.
 */
export type CronSchedule = {
  kind: 'cron';
  expression: string;
  /** A time found later than this (the server was down, the last run overran) is recorded as skipped. Default 15 min. */
  maxLateSeconds?: number;
} & ({ perPemda: true } | { perPemda: false; timeZone: string });

export type JobScheduleDefinition = IntervalSchedule | CronSchedule;

/** The Pemda a per-Pemda run is for. */
export interface JobPemda {
  id: string;
  timeZone: string;
}

export interface JobContext {
  db: Kysely<Database>;
  /** The time the run started (for a cron job, its scheduled time is `scheduledFor`). */
  now: Date;
  scheduledFor: Date | null;
  /** Null for a global job. */
  pemda: JobPemda | null;
}

/** A background job, declared once and run by the registry. */
export interface JobDefinition {
  /** Lower-case words joined by hyphens: the lease key and the name in the history. */
  name: string;
  /** A code the web app translates (`jobs:description.<code>`). */
  description: string;
  schedule: JobScheduleDefinition;
  /** Does the work; returns what it did, by name (`{ escalated: 3 }`). */
  run(context: JobContext): Promise<JobCounts>;
  /** Frees what `run` opened (a mail connection) when the registry stops. */
  close?(): void;
}

/** Did a run do anything? An empty run of an interval job is recorded only hourly. */
export function didWork(counts: JobCounts): boolean {
  return Object.values(counts).some((n) => n !== 0);
}
