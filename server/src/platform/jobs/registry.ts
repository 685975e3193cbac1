import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { JobName, type JobCounts, type JobOutcome } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { type CronSchedule, type JobContext, type JobDefinition, type JobPemda, didWork } from './job';
import { takeLease } from './lease';
import { type FinishedRun, abandonRunning, claimCronTime, finishRun, lastCronTime, recordRun, emptyRunWorthRecording } from './run-log';
import { DEFAULT_MAX_LATE_SECONDS, checkCron, latestCronTime } from './schedule';
import { every } from './scheduler';

/** How often cron times are looked for: a cron run starts at most this late. */
const CRON_TICK_MS = 10_000;
/** How long stopping waits for runs in progress before it lets them be. */
const STOP_WAIT_MS = 10_000;
const ERROR_MAX = 2000;

/** What one attempt did. `ran` is false when another process had it, or nothing was due. */
export interface RunResult {
  job: string;
  pemdaId: string | null;
  ran: boolean;
  outcome: JobOutcome | null;
  counts: JobCounts;
  error: string | null;
}

interface CronScope {
  pemda: JobPemda | null;
  timeZone: string;
  /** Cron times at or before this are not run when the history has none yet (a new job or Pemda). */
  since: Date;
}

type CronJob = JobDefinition & { schedule: CronSchedule };
const isCron = (job: JobDefinition): job is CronJob => job.schedule.kind === 'cron';

/**
 * The one list of background jobs. Every process declares the same jobs (the API lists them);
 * processes that run jobs call `start`. A run takes the job's lease first (platform/jobs/lease.ts),
 * so a job never overlaps with itself across processes; each cron time is claimed once.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly createdAt = new Date();
  /** Per job and Pemda, the last cron time this process saw handled (ms). */
  private readonly handled = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<RunResult>>();
  private stops: (() => void)[] = [];

  /** Told of every failed run and of failures around runs; set by `start`. */
  private onError: (job: string, error: unknown) => void = () => undefined;

  constructor(private readonly db: Kysely<Database>) {}

  register(job: JobDefinition): this {
    JobName.parse(job.name);
    if (this.jobs.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    if (job.schedule.kind === 'interval' && !(job.schedule.seconds >= 1)) throw new Error(`job ${job.name}: interval below 1 s`);
    if (job.schedule.kind === 'cron') checkCron(job.schedule.expression, job.schedule.perPemda ? 'UTC' : job.schedule.timeZone);
    this.jobs.set(job.name, job);
    return this;
  }

  definitions(): readonly JobDefinition[] {
    return [...this.jobs.values()];
  }

  find(name: string): JobDefinition | undefined {
    return this.jobs.get(name);
  }

  /** Runs the interval jobs on their timers and looks for due cron times every 10 s. */
  start(onError: (job: string, error: unknown) => void): void {
    this.onError = onError;
    for (const job of this.jobs.values()) {
      if (job.schedule.kind !== 'interval') continue;
      this.stops.push(every(job.schedule.seconds * 1000, () => this.runInterval(job.name), this.reportAs(job.name)));
    }
    if ([...this.jobs.values()].some(isCron)) {
      this.stops.push(every(CRON_TICK_MS, () => this.startDue(new Date()), this.reportAs('cron')));
    }
  }

  /** Stops the timers, waits a while for runs in progress, and lets the jobs free what they hold. */
  async stop(): Promise<void> {
    for (const stop of this.stops) stop();
    this.stops = [];
    const wait = new Promise<void>((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
    await Promise.race([Promise.allSettled(this.inFlight.values()), wait]);
    for (const job of this.jobs.values()) job.close?.();
  }

  /** Runs an interval job now, unless another process is running it. */
  async runInterval(name: string, now = new Date()): Promise<RunResult> {
    const job = this.jobs.get(name);
    if (!job || job.schedule.kind !== 'interval') throw new Error(`no interval job ${name}`);
    return this.track(name, null, async () => {
      const lease = await takeLease(this.db, name, null, this.holder);
      if (!lease) return notRun(name, null);
      let finishedAt: Date | null = null;
      try {
        const run = await this.execute(job, { db: this.db, now, scheduledFor: null, pemda: null });
        finishedAt = new Date();
        // Failures and runs that did something always; an empty run hourly, to show the job is alive.
        const record = run.outcome === 'failed' || didWork(run.counts) || (await emptyRunWorthRecording(this.db, name, null, now));
        if (record) await recordRun(this.db, { ...run, jobName: name, pemdaId: null, startedAt: now, finishedAt });
        return { job: name, pemdaId: null, ran: true, ...run };
      } finally {
        await lease.release(finishedAt && { startedAt: now, finishedAt });
      }
    });
  }

  /** Runs every cron time due at `now` (for each Pemda, for per-Pemda jobs) and waits for them. */
  async tick(now = new Date()): Promise<RunResult[]> {
    return Promise.all(await this.startDue(now));
  }

  private async startDue(now: Date): Promise<Promise<RunResult>[]> {
    const cronJobs = [...this.jobs.values()].filter(isCron);
    const pemdas = cronJobs.some((job) => job.schedule.perPemda)
      ? // A suspended Pemda's scheduled work waits until it is reactivated.
        await this.db.selectFrom('pemda').select(['id', 'time_zone', 'created_at']).where('status', '=', 'active').execute()
      : [];
    const started: Promise<RunResult>[] = [];
    for (const job of cronJobs) {
      const s = job.schedule;
      const scopes: CronScope[] = s.perPemda
        ? pemdas.map((p) => ({
            pemda: { id: p.id, timeZone: p.time_zone },
            timeZone: p.time_zone,
            since: later(p.created_at, this.createdAt),
          }))
        : [{ pemda: null, timeZone: s.timeZone, since: this.createdAt }];
      for (const scope of scopes) {
        const key = `${job.name}|${scope.pemda?.id ?? ''}`;
        const due = latestCronTime(s.expression, scope.timeZone, now);
        const seen = this.handled.get(key);
        if (!due || (seen !== undefined && seen >= due.getTime()) || this.inFlight.has(key)) continue;
        started.push(this.track(job.name, scope.pemda?.id ?? null, () => this.runCronTime(job, scope, key, due, now)));
      }
    }
    return started;
  }

  private async runCronTime(job: CronJob, scope: CronScope, key: string, due: Date, now: Date): Promise<RunResult> {
    const pemdaId = scope.pemda?.id ?? null;
    if (!this.handled.has(key)) {
      // First look at this job here: run only times after the last recorded one, or after now.
      const since = (await lastCronTime(this.db, job.name, pemdaId)) ?? scope.since;
      if (due <= since) {
        this.handled.set(key, due.getTime());
        return notRun(job.name, pemdaId);
      }
    }
    const lease = await takeLease(this.db, job.name, pemdaId, this.holder);
    if (!lease) return notRun(job.name, pemdaId); // its last time still runs elsewhere: try again next tick
    let finishedAt: Date | null = null;
    try {
      await abandonRunning(this.db, job.name, pemdaId, now);
      const late = now.getTime() - due.getTime() > (job.schedule.maxLateSeconds ?? DEFAULT_MAX_LATE_SECONDS) * 1000;
      const outcome = late ? 'skipped' : 'running';
      const id = await claimCronTime(this.db, { jobName: job.name, pemdaId, scheduledFor: due, startedAt: now, outcome });
      this.handled.set(key, due.getTime());
      if (id === null) return notRun(job.name, pemdaId);
      if (late) return { ...notRun(job.name, pemdaId), outcome: 'skipped' };
      const run = await this.execute(job, { db: this.db, now, scheduledFor: due, pemda: scope.pemda });
      finishedAt = new Date();
      await finishRun(this.db, id, run, finishedAt);
      return { job: job.name, pemdaId, ran: true, ...run };
    } finally {
      await lease.release(finishedAt && { startedAt: now, finishedAt });
    }
  }

  /** The job's own function: a throw becomes a failed run (and a log line), never an unhandled rejection. */
  private async execute(job: JobDefinition, context: JobContext): Promise<FinishedRun> {
    try {
      return { outcome: 'succeeded', counts: await job.run(context), error: null };
    } catch (error) {
      this.onError(job.name, error);
      return { outcome: 'failed', counts: {}, error: errorText(error) };
    }
  }

  /**
   * Keeps a run findable while it lasts (so a tick does not start it twice, and stop can wait);
   * a failure around the job (the database unreachable) is reported, never left unhandled.
   */
  private track(job: string, pemdaId: string | null, run: () => Promise<RunResult>): Promise<RunResult> {
    const key = `${job}|${pemdaId ?? ''}`;
    const promise = run()
      .catch((error: unknown): RunResult => {
        this.onError(job, error);
        return { ...notRun(job, pemdaId), error: errorText(error) };
      })
      .finally(() => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
      });
    this.inFlight.set(key, promise);
    return promise;
  }

  private reportAs(job: string) {
    return (error: unknown) => this.onError(job, error);
  }
}

function notRun(job: string, pemdaId: string | null): RunResult {
  return { job, pemdaId, ran: false, outcome: null, counts: {}, error: null };
}

const later = (a: Date, b: Date) => (a > b ? a : b);

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, ERROR_MAX);
