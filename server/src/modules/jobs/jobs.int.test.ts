import { JobList, JobRunPage } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, first, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';
import { sigapJobs } from '../../jobs';
import type { JobContext, JobDefinition } from '../../platform/jobs/job';
import { JobRegistry } from '../../platform/jobs/registry';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const runsOf = (job: string) =>
  t.handle.db.selectFrom('job_run').selectAll().where('job_name', '=', job).orderBy('scheduled_for').orderBy('id').execute();

/** A timestamp the test needs to be there, in milliseconds. */
function millis(at: string | null): number {
  if (at === null) throw new Error('expected a timestamp');
  return Date.parse(at);
}

/** A job that waits at a gate, so a test can hold it "running" while another process tries. */
function gatedJob(name: string) {
  const calls: JobContext[] = [];
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let entered: () => void = () => undefined;
  const started = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const job: JobDefinition = {
    name,
    description: 'test',
    schedule: { kind: 'interval', seconds: 60 },
    run: async (context) => {
      calls.push(context);
      entered();
      await gate;
      return { done: 1 };
    },
  };
  return { job, calls, started, open: () => open() };
}

describe('the job registry', () => {
  it('runs a job, records its run, and the jobs page shows it', async () => {
    const registry = sigapJobs({ db: t.handle.db, engine: t.handle.engine, smtp: null });
    expect(await registry.runInterval('auto-close')).toMatchObject({ ran: true, outcome: 'succeeded', counts: { closed: 0 } });
    // Another empty run within the hour is not recorded: a 10-second job would write 8,640 rows a day.
    expect(await registry.runInterval('auto-close')).toMatchObject({ ran: true, outcome: 'succeeded' });
    const runs = await runsOf('auto-close');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: 'succeeded', counts: { closed: 0 }, pemda_id: null, error: null, pid: process.pid });

    const res = await admin.get('/api/v1/jobs');
    expect(res.statusCode).toBe(200);
    const list = JobList.parse(res.json());
    expect(list.items.map((j) => j.name)).toEqual(['escalation', 'auto-close', 'staffing-check', 'housekeeping']);
    const autoClose = first(list.items.filter((j) => j.name === 'auto-close'));
    expect(autoClose).toMatchObject({
      description: 'auto_close',
      schedule: { kind: 'interval', seconds: 60 },
      running: false,
      lastRun: { id: first(runs).id, outcome: 'succeeded', counts: { closed: 0 } },
      lastFailure: null,
    });
    // The last start is the second, unrecorded run's; the next is one interval after it.
    expect(millis(autoClose.lastStartedAt)).toBeGreaterThanOrEqual(first(runs).started_at.getTime());
    expect(millis(autoClose.nextRunAt) - millis(autoClose.lastStartedAt)).toBe(60_000);
    expect(list.items.find((j) => j.name === 'escalation')).toMatchObject({ lastRun: null, lastStartedAt: null, nextRunAt: null });

    const page = JobRunPage.parse((await admin.get('/api/v1/jobs/auto-close/runs?page=1&pageSize=5')).json());
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 5, items: [{ jobName: 'auto-close', outcome: 'succeeded' }] });
  });

  it('records every run that did work or failed, and an empty one hourly or after a failure', async () => {
    const registry = new JobRegistry(t.handle.db);
    let next: 'empty' | 'work' | 'fail' = 'empty';
    registry.register({
      name: 'test-work',
      description: 'test',
      schedule: { kind: 'interval', seconds: 10 },
      run: () => {
        if (next === 'fail') return Promise.reject(new Error('mail server unreachable'));
        return Promise.resolve({ sent: next === 'work' ? 2 : 0 });
      },
    });
    for (const step of ['empty', 'empty', 'work', 'work', 'fail', 'empty', 'empty'] as const) {
      next = step;
      const result = await registry.runInterval('test-work');
      expect(result.outcome).toBe(step === 'fail' ? 'failed' : 'succeeded');
    }
    const runs = await runsOf('test-work');
    expect(runs.map((r) => [r.outcome, r.counts, r.error])).toEqual([
      ['succeeded', { sent: 0 }, null],
      ['succeeded', { sent: 2 }, null],
      ['succeeded', { sent: 2 }, null],
      ['failed', {}, 'mail server unreachable'],
      // The first empty run after a failure shows the recovery; the next waits for the hour.
      ['succeeded', { sent: 0 }, null],
    ]);
  });

  it('never runs one job in two processes at once', async () => {
    // Two registries stand for two processes: each has its own lease holder.
    const [a, b] = [new JobRegistry(t.handle.db), new JobRegistry(t.handle.db)];
    const slow = gatedJob('test-slow');
    a.register(slow.job);
    b.register(slow.job);
    const first = a.runInterval('test-slow');
    await slow.started;
    expect(await b.runInterval('test-slow')).toMatchObject({ ran: false, outcome: null });
    slow.open();
    expect(await first).toMatchObject({ ran: true, outcome: 'succeeded', counts: { done: 1 } });
    expect(slow.calls).toHaveLength(1);
    // Released: the other process may run it now.
    expect(await b.runInterval('test-slow')).toMatchObject({ ran: true });

    // Started at the same moment: exactly one of them runs.
    const both = gatedJob('test-race');
    a.register(both.job);
    b.register(both.job);
    both.open();
    const results = await Promise.all([a.runInterval('test-race'), b.runInterval('test-race')]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
    expect(both.calls).toHaveLength(1);
  });

  it('takes over the lease of a process that died mid-run once it lapses', async () => {
    const registry = new JobRegistry(t.handle.db);
    const job = gatedJob('test-orphan');
    job.open();
    registry.register(job.job);
    const lease = { job_name: 'test-orphan', pemda_id: null, holder: 'gone:1:x', last_started_at: new Date() };
    await t.handle.db
      .insertInto('job_lease')
      .values({ ...lease, locked_until: new Date(Date.now() + 60_000) })
      .execute();
    expect(await registry.runInterval('test-orphan')).toMatchObject({ ran: false });
    await t.handle.db
      .updateTable('job_lease')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('job_name', '=', 'test-orphan')
      .execute();
    expect(await registry.runInterval('test-orphan')).toMatchObject({ ran: true });
  });

  it('runs a per-Pemda cron job at seven in each Pemda zone, each time once across processes', async () => {
    const other = await seedOtherPemda(t.handle, 'admin.jobs@lain.go.id'); // Asia/Makassar (WITA)
    const demo = await t.handle.db
      .selectFrom('pemda')
      .select(['id', 'time_zone'])
      .where('id', '!=', other.pemdaId)
      .executeTakeFirstOrThrow();
    expect(demo.time_zone).toBe('Asia/Jakarta');
    const calls: string[] = [];
    const daily: JobDefinition = {
      name: 'test-daily',
      description: 'test',
      schedule: { kind: 'cron', expression: '0 7 * * *', perPemda: true },
      run: ({ pemda, scheduledFor }) => {
        calls.push(`${String(pemda?.timeZone)} ${String(scheduledFor?.toISOString())}`);
        return Promise.resolve({ notices: 1 });
      },
    };
    const [a, b] = [new JobRegistry(t.handle.db).register(daily), new JobRegistry(t.handle.db).register(daily)];

    // 06:59 WITA: both Pemdas' last seven o'clock is hours old, found too late: recorded as skipped.
    const firstTick = await a.tick(new Date('2030-01-15T22:59:00Z'));
    expect(firstTick.map((r) => r.outcome).sort()).toEqual(['skipped', 'skipped']);
    // 07:00:30 WITA (06:00:30 WIB): Makassar's time runs; the other process finds it taken.
    expect((await a.tick(new Date('2030-01-15T23:00:30Z'))).map((r) => [r.pemdaId, r.outcome])).toEqual([[other.pemdaId, 'succeeded']]);
    expect((await b.tick(new Date('2030-01-15T23:00:40Z'))).filter((r) => r.ran)).toEqual([]);
    // 07:00:10 WIB, both processes at once: Jakarta's time runs once.
    const both = await Promise.all([a.tick(new Date('2030-01-16T00:00:10Z')), b.tick(new Date('2030-01-16T00:00:10Z'))]);
    expect(both.flat().filter((r) => r.ran)).toEqual([expect.objectContaining({ pemdaId: demo.id, counts: { notices: 1 } })]);
    expect(calls).toEqual(['Asia/Makassar 2030-01-15T23:00:00.000Z', 'Asia/Jakarta 2030-01-16T00:00:00.000Z']);

    const runs = await runsOf('test-daily');
    expect(runs.map((r) => [r.pemda_id, r.scheduled_for?.toISOString(), r.outcome])).toEqual([
      [other.pemdaId, '2030-01-14T23:00:00.000Z', 'skipped'],
      [demo.id, '2030-01-15T00:00:00.000Z', 'skipped'],
      [other.pemdaId, '2030-01-15T23:00:00.000Z', 'succeeded'],
      [demo.id, '2030-01-16T00:00:00.000Z', 'succeeded'],
    ]);

    // A run left `running` by a process that died is marked failed by the next holder of the lease.
    await t.handle.db
      .insertInto('job_run')
      .values({
        ...first(runs.slice(3)),
        id: undefined,
        scheduled_for: new Date('2030-01-16T12:00:00Z'),
        outcome: 'running',
        finished_at: null,
        counts: '{}',
      })
      .execute();
    await a.tick(new Date('2030-01-17T00:00:10Z'));
    const after = await runsOf('test-daily');
    expect(after.find((r) => r.scheduled_for?.toISOString() === '2030-01-16T12:00:00.000Z')).toMatchObject({
      outcome: 'failed',
      error: 'The process running it stopped before it finished.',
    });
    expect(after.at(-1)).toMatchObject({ pemda_id: demo.id, outcome: 'succeeded' });
  });
});

describe('who may see the jobs', () => {
  it('refuses everyone but the Pemda administrators', async () => {
    for (const email of ['pengguna@demo.sigap.id', 'auditor@demo.sigap.id', 'pimpinan@demo.sigap.id']) {
      const user = await ApiClient.login(t.app, email);
      expect((await user.get('/api/v1/jobs')).statusCode).toBe(403);
      expect((await user.get('/api/v1/jobs/auto-close/runs')).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/jobs' })).statusCode).toBe(401);
  });

  it('answers an unknown job with 404 and a malformed name or query with 400', async () => {
    expect((await admin.get('/api/v1/jobs/tidak-ada/runs')).json()).toMatchObject({ status: 404, code: 'resource.not_found' });
    expect((await admin.get('/api/v1/jobs/Bad%20Name/runs')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/jobs/auto-close/runs?q=x')).statusCode).toBe(400);
  });
});
