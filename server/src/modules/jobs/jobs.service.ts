import { type JobList, type JobRun, type JobRunPage, type JobRunQuery, type JobSchedule, scopeCovers } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database, JobRunRow } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import type { JobDefinition } from '../../platform/jobs/job';
import { nextCronTime, nextIntervalTime } from '../../platform/jobs/schedule';
import { JobsRepository } from './jobs.repository';

/** The declared jobs, as the registry holds them. */
export interface JobCatalog {
  definitions(): readonly JobDefinition[];
  find(name: string): JobDefinition | undefined;
}

export class JobsService {
  private readonly repo: JobsRepository;

  constructor(
    db: Kysely<Database>,
    private readonly catalog: JobCatalog,
  ) {
    this.repo = new JobsRepository(db);
  }

  /** Every job with its schedule, last run, last failure and next run. */
  async list(ctx: RequestContext): Promise<JobList> {
    allowed(ctx);
    const jobs = this.catalog.definitions();
    const pemdaZone = jobs.some(perPemda) ? await this.repo.timeZoneOf(ctx.actor.pemdaId) : 'UTC';
    const now = new Date();
    const items = await Promise.all(
      jobs.map(async (job) => {
        const pemdaId = perPemda(job) ? ctx.actor.pemdaId : null;
        const [lastRun, lastFailure, lease] = await Promise.all([
          this.repo.latestRun(job.name, pemdaId),
          this.repo.latestFailure(job.name, pemdaId),
          this.repo.lease(job.name, pemdaId),
        ]);
        const schedule = scheduleOf(job, pemdaZone);
        const next =
          schedule.kind === 'interval'
            ? nextIntervalTime(schedule.seconds, lease?.lastStartedAt ?? null)
            : nextCronTime(schedule.expression, schedule.timeZone, now);
        return {
          name: job.name,
          description: job.description,
          schedule,
          lastStartedAt: lease?.lastStartedAt ? lease.lastStartedAt.toISOString() : null,
          running: lease?.running ?? false,
          lastRun: lastRun ? toJobRun(lastRun) : null,
          lastFailure: lastFailure ? toJobRun(lastFailure) : null,
          nextRunAt: next ? next.toISOString() : null,
        };
      }),
    );
    return { items };
  }

  /** One job's recorded runs, newest first. */
  async runs(ctx: RequestContext, name: string, query: JobRunQuery): Promise<JobRunPage> {
    allowed(ctx);
    const job = this.catalog.find(name);
    if (!job) throw new ProblemError('resource.not_found');
    const { rows, total } = await this.repo.page(name, perPemda(job) ? ctx.actor.pemdaId : null, query.page, query.pageSize);
    return { items: rows.map(toJobRun), total, page: query.page, pageSize: query.pageSize };
  }
}

/** Jobs are the whole Pemda's (and the deployment's): an administrator scoped to some PDs may not look. */
function allowed(ctx: RequestContext) {
  if (!scopeCovers(ctx.scope, null)) throw new ProblemError('auth.forbidden');
}

const perPemda = (job: JobDefinition) => job.schedule.kind === 'cron' && job.schedule.perPemda;

function scheduleOf(job: JobDefinition, pemdaZone: string): JobSchedule {
  const s = job.schedule;
  if (s.kind === 'interval') return { kind: 'interval', seconds: s.seconds };
  return { kind: 'cron', expression: s.expression, timeZone: s.perPemda ? pemdaZone : s.timeZone, perPemda: s.perPemda };
}

function toJobRun(row: JobRunRow): JobRun {
  return {
    id: row.id,
    jobName: row.job_name,
    scheduledFor: row.scheduled_for ? row.scheduled_for.toISOString() : null,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    outcome: row.outcome,
    counts: row.counts,
    error: row.error,
    host: row.host,
    pid: row.pid,
  };
}
