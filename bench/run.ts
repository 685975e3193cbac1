// npm run bench [-- --quick] [--scale N] [--pglite-scale N] [--engine postgres|pglite|both] [--reuse]
// Generates a realistic dataset, starts the real server on it, and drives it over HTTP from
// this (second) process. Results: bench/results/*.json and *.md. Not part of npm test.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../server/src/platform/db/engine';
import { migrateToLatest } from '../server/src/platform/db/migrate';
import { runAutoClose, runEscalation } from '../server/src/modules/escalation';
import { type CpuUse, measureCpu, processTree } from './lib/cpu';
import { BENCH_PASSWORD, generate, type GeneratedFacts } from './lib/generate';
import { hugePagesInUse } from './lib/huge-pages';
import { Client, drive, driveHttp, driveRate, type LoadResult } from './lib/load';
import { must } from './lib/must';
import { padOpenTickets, removePadding } from './lib/pad-open';
import { createTicket, detailRequest, queueRequest, searchRequest } from './lib/scenarios';
import { writeReport, type EngineReport } from './lib/report';

const BACKLOG = 100_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string' },
    'pglite-scale': { type: 'string' },
    engine: { type: 'string', default: 'both' },
    reuse: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '50' },
    'create-rate': { type: 'string', default: '300' },
    workers: { type: 'string', default: '1' },
  },
});
const quick = values.quick;
const scale = Number(values.scale ?? (quick ? 100_000 : 1_000_000));
const pgliteScale = Number(values['pglite-scale'] ?? (quick ? 20_000 : 100_000));
const seconds = Number(values.seconds ?? (quick ? 6 : 15));
/**
 * Each scenario is first driven, unmeasured, for this long: the targets are about a server
 * that has been running, and the first second of a scenario holds the JIT compiling its code
 * path, 50 new connections and each pooled connection planning its statements (a queue run's
 * first second answered 249 requests at p95 420 ms, the next ones ~600 at p95 50–90 ms).
 */
const warmup = Number(values.warmup ?? (quick ? 2 : 3));
const connections = Number(values.connections);
const createRate = Number(values['create-rate']);
const workers = Number(values.workers);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

async function adminQuery(text: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** A fresh, generated database for an engine (or the one from an earlier run with --reuse). */
async function prepare(
  engine: 'postgres' | 'pglite',
  n: number,
): Promise<{ open: () => Promise<DatabaseHandle>; env: Record<string, string>; facts: GeneratedFacts }> {
  const factsFile = path.join(root, 'bench', '.data', `${engine}-${n}.json`);
  let open: () => Promise<DatabaseHandle>;
  let env: Record<string, string>;
  const fresh = !values.reuse || !fs.existsSync(factsFile);
  if (engine === 'postgres') {
    const name = `sigap_bench_${n}`;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    if (fresh) {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await adminQuery(`CREATE DATABASE ${name}`);
    }
    open = () => openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
    env = { DATABASE_URL: url.toString() };
  } else {
    const dir = path.join(root, 'bench', '.data', `pglite-${n}`);
    if (fresh) fs.rmSync(dir, { recursive: true, force: true });
    open = () => openDatabase({ dataDir: dir });
    env = { SIGAP_DATA_DIR: dir };
  }
  let facts: GeneratedFacts;
  if (fresh) {
    const handle = await open();
    try {
      await migrateToLatest(handle.db);
      log(`${engine}: generating ${n.toLocaleString('en')} tickets`);
      facts = await generate(handle.db, n, (m) => log(`${engine}: ${m}`));
      await settle(handle);
      log(`${engine}: generated in ${facts.seconds} s`);
    } finally {
      await handle.close();
    }
    fs.mkdirSync(path.dirname(factsFile), { recursive: true });
    fs.writeFileSync(factsFile, JSON.stringify(facts, null, 2));
  } else {
    facts = JSON.parse(fs.readFileSync(factsFile, 'utf8')) as GeneratedFacts;
    log(`${engine}: reusing the generated database (${n}); vacuuming what earlier runs changed`);
    const handle = await open();
    try {
      await settle(handle);
    } finally {
      await handle.close();
    }
  }
  return { open, env, facts };
}

/**
 * Leaves the data as a running system keeps it, after the generator and again after the
 * benchmark's own writes: vacuumed and analysed (autovacuum's work), and checkpointed. Without
 * the checkpoint the generator's gigabytes of WAL set off checkpoints (max_wal_size) at a
 * random moment of the measurements: after one starts, the first change of every page writes
 * the whole page to the WAL. One started during the creation runs of 2026-11-24 01-03 (300/s
 * offered: p95 198 ms); none during 00-42's (p95 46 ms).
 */
async function settle(handle: DatabaseHandle) {
  await sql`VACUUM ANALYZE`.execute(handle.db);
  await sql`CHECKPOINT`.execute(handle.db);
}

/** The database's own speed on this machine: a one-row insert transaction and a primary-key select. */
async function bareOperations(handle: DatabaseHandle, concurrency: number) {
  const db = handle.db;
  await sql`CREATE TABLE IF NOT EXISTS bench_probe (id bigserial PRIMARY KEY, body text NOT NULL, at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const ids = (await sql<{ id: string }>`SELECT id FROM ticket TABLESAMPLE SYSTEM (1) LIMIT 2000`.execute(db)).rows.map((r) => r.id);
  const insertOne = async () => {
    await db.transaction().execute((trx) => sql`INSERT INTO bench_probe (body) VALUES ('uji beban')`.execute(trx));
  };
  const selectOne = async (i: number) => {
    await sql`SELECT * FROM ticket WHERE id = ${ids[i % ids.length]}`.execute(db);
  };
  const measure = async (op: (i: number) => Promise<void>) => {
    await drive(concurrency, warmup, op);
    return drive(concurrency, Math.min(seconds, 8), op);
  };
  return { insertTransaction: await measure(insertOne), indexedSelect: await measure(selectOne) };
}

function startServer(env: Record<string, string>, port: number): ChildProcess {
  // node --import tsx: one process, so its RSS is the server's.
  return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server', 'src', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SIGAP_JOBS: '0',
      SIGAP_DEMO: '0',
      SIGAP_LOG_LEVEL: 'error',
      SIGAP_WORKERS: String(workers),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitHealthy(port: number) {
  for (let i = 0; i < 600; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

/** Resident memory of the server and its worker processes (SIGAP_WORKERS > 1). */
function rssMb(pid: number): number {
  const kb = (p: number): number => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  return Math.round(processTree(pid).reduce((n, p) => n + kb(p), 0) / 1024);
}

/** Drives one scenario while sampling the server's resident memory and counting its (and PostgreSQL's) CPU time. */
async function scenario(
  pid: number,
  withPostgres: boolean,
  run: () => Promise<LoadResult>,
): Promise<LoadResult & CpuUse & { rssMb: number }> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
  try {
    const result = await measureCpu(pid, withPostgres, run);
    return { ...result, rssMb: Math.max(peak, rssMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}

async function benchEngine(engine: 'postgres' | 'pglite', n: number): Promise<EngineReport> {
  const { open, env, facts } = await prepare(engine, n);
  // Ids and services for the load, and the bare operations, before the server owns the database.
  const handle = await open();
  const busiest = (await handle.db.selectFrom('pemda').select('id').where('name', '=', 'Kabupaten Uji 1').executeTakeFirstOrThrow()).id;
  const diskominfo = (
    await handle.db
      .selectFrom('perangkat_daerah')
      .select('id')
      .where('pemda_id', '=', busiest)
      .where('is_diskominfo', '=', true)
      .executeTakeFirstOrThrow()
  ).id;
  const ticketIds = (
    await sql<{
      id: string;
    }>`SELECT id FROM ticket WHERE pemda_id = ${busiest} AND handling_pd_id = ${diskominfo} ORDER BY random() LIMIT 5000`.execute(handle.db)
  ).rows.map((r) => r.id);
  const services = (
    await handle.db.selectFrom('service').select('id').where('pemda_id', '=', busiest).where('active', '=', true).execute()
  ).map((s) => s.id);
  const version = must((await sql<{ v: string }>`SELECT version() AS v`.execute(handle.db)).rows[0], 'version').v;
  const settings = Object.fromEntries(
    (
      await sql<{
        name: string;
        setting: string;
      }>`SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name IN ('shared_buffers', 'effective_cache_size', 'random_page_cost', 'synchronous_commit', 'max_connections', 'work_mem', 'autovacuum', 'huge_pages')`.execute(
        handle.db,
      )
    ).rows
      // PGlite says autovacuum=on but is one process with no autovacuum worker, and has no shared memory.
      .filter((r) => engine === 'postgres' || (r.name !== 'autovacuum' && r.name !== 'huge_pages'))
      .map((r) => [r.name, r.setting]),
  );
  const hugePages = engine === 'postgres' ? hugePagesInUse() : null;
  if (hugePages) settings['huge pages in use (MB)'] = hugePages;
  log(`${engine}: bare database operations`);
  const bare = await bareOperations(handle, engine === 'pglite' ? 1 : 10);
  await handle.close();

  const port = 3200;
  const server = startServer(env, port);
  const base = new URL(`http://127.0.0.1:${port}`);
  try {
    await waitHealthy(port);
    const pid = must(server.pid, 'server process');
    const idleRss = rssMb(pid);
    const agent = new Client(base);
    await agent.login(facts.agentEmail, BENCH_PASSWORD);
    const reporter = new Client(base);
    await reporter.login(facts.reporterEmail, BENCH_PASSWORD);
    const admin = new Client(base);
    await admin.login(facts.adminEmail, BENCH_PASSWORD);
    const results: Record<string, LoadResult & CpuUse & { rssMb: number }> = {};
    const create = (i: number) => createTicket(i, services);
    // Each scenario runs for the seconds it is given: first the warm-up, then the measurement.
    type Run = (seconds: number) => Promise<LoadResult>;
    const queue: Run = (s) => driveHttp(base, agent.headers('GET'), connections, s, queueRequest);
    let created = 0;
    const writes: [string, Run][] = [
      ['ticketCreate', (s) => driveHttp(base, reporter.headers('POST'), connections, s, () => create(created++))],
      // The target is a rate (300/s): offer exactly that and see how long each creation takes.
      [
        `ticketCreateAt${createRate}PerSecond`,
        (s) => driveRate(base, reporter.headers('POST'), createRate, s, 200, () => create(created++)),
      ],
    ];
    const reads: [string, Run][] = [
      ['agentQueue', queue],
      ['ticketDetail', (s) => driveHttp(base, agent.headers('GET'), connections, s, (i) => detailRequest(i, ticketIds))],
      ['search', (s) => driveHttp(base, agent.headers('GET'), connections, s, searchRequest)],
      [
        'yearlyServiceReport',
        (s) =>
          drive(
            1,
            s,
            async (i) => {
              await admin.request('GET', `/api/v1/reports/service-targets?year=${new Date().getUTCFullYear() - 1 - (i % 2)}`);
            },
            20,
          ),
      ],
    ];
    const runAll = async (runs: [string, Run][]) => {
      for (const [name, run] of runs) {
        log(`${engine}: ${name}`);
        const warm = await run(warmup);
        if (warm.errors > 0) log(`${engine}: ${name} warm-up: ${warm.errors} errors`);
        const result = await scenario(pid, engine === 'postgres', () => run(seconds));
        results[name] = result;
        log(`${engine}: ${name} ${result.throughput}/s p95 ${result.p95} ms errors ${result.errors}`);
      }
    };
    await runAll(writes);
    // The writes just added ~10,000 tickets to one desk's queue within 30 s (40 times a busy
    // desk's month); the table's visibility map does not know them yet. PostgreSQL's autovacuum
    // catches up within a minute or so (migration 0012); measure the queue before and after it.
    // Its work is done here for every table the writes touched, and checkpointed: left to it,
    // autovacuum reached the notifications, the outbox and the audit log a minute apart, in
    // the middle of whichever reads were running then (runs of 2026-11-24 05-15 to 05-26).
    // PGlite is one session, held by the server, and has no autovacuum: it reads on as it is.
    let vacuumAfterWritesMs: number | undefined;
    if (engine === 'postgres') {
      await runAll([['agentQueueBeforeVacuum', queue]]);
      const side = await open();
      const t = performance.now();
      await settle(side);
      vacuumAfterWritesMs = Math.round(performance.now() - t);
      await side.close();
      log(`${engine}: VACUUM ANALYZE and CHECKPOINT after the writes: ${vacuumAfterWritesMs} ms`);
    }
    await runAll(reads);
    agent.close();
    reporter.close();
    admin.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));

    // The SLA jobs run in-process in production; measure them on the same data.
    const jobs = await open();
    const openTickets = Number(
      must(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM ticket WHERE resolved_at IS NULL AND closed_at IS NULL`.execute(jobs.db))
          .rows[0],
        'count',
      ).n,
    );
    let t0 = performance.now();
    const catchUp = await runEscalation(jobs.db);
    const catchUpMs = performance.now() - t0;
    t0 = performance.now();
    const steady = await runEscalation(jobs.db);
    const steadyMs = performance.now() - t0;
    t0 = performance.now();
    const closed = await runAutoClose(jobs.db);
    const autoCloseMs = performance.now() - t0;
    // The target speaks of a backlog of 100k open tickets: add not-yet-due ones up to that.
    const padded = await padOpenTickets(jobs.db, BACKLOG - openTickets);
    await sql`ANALYZE ticket`.execute(jobs.db);
    const backlog = Number(
      must(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM ticket WHERE resolved_at IS NULL AND closed_at IS NULL`.execute(jobs.db))
          .rows[0],
        'count',
      ).n,
    );
    t0 = performance.now();
    const backlogRun = await runEscalation(jobs.db);
    const backlogMs = performance.now() - t0;
    await removePadding(jobs.db);
    log(`${engine}: escalation over ${backlog} open tickets (${padded} added): ${Math.round(backlogMs)} ms`);
    await jobs.close();
    return {
      engine,
      version,
      settings,
      facts,
      idleRssMb: idleRss,
      bare,
      ...(vacuumAfterWritesMs === undefined ? {} : { vacuumAfterWritesMs }),
      http: results,
      jobs: {
        openTickets,
        escalationCatchUp: { ms: Math.round(catchUpMs), ...catchUp },
        escalationSteady: { ms: Math.round(steadyMs), ...steady },
        escalationBacklog: { openTickets: backlog, ms: Math.round(backlogMs), ...backlogRun },
        autoClose: { ms: Math.round(autoCloseMs), closed },
      },
    };
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
}

const engines = values.engine === 'both' ? (['postgres', 'pglite'] as const) : [values.engine as 'postgres' | 'pglite'];
const reports: EngineReport[] = [];
for (const engine of engines) {
  const n = engine === 'postgres' ? scale : pgliteScale;
  try {
    reports.push(await benchEngine(engine, n));
  } catch (error) {
    log(`${engine}: failed at scale ${n}: ${String(error)}`);
    reports.push({ engine, failure: String(error), scale: n });
  }
}
const files = writeReport(path.join(root, 'bench', 'results'), {
  quick,
  connections,
  seconds,
  warmup,
  workers,
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  reports,
});
log(`results: ${files.join(', ')}`);
