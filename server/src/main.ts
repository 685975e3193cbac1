import cluster from 'node:cluster';
import type { Kysely } from 'kysely';
import type { Database } from './platform/db/schema';
import path from 'node:path';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { runAutoClose, runEscalation } from './modules/escalation';
import { openDatabase } from './platform/db/engine';
import { migrateToLatest } from './platform/db/migrate';
import { startHousekeeping } from './platform/jobs/housekeeping';
import { every } from './platform/jobs/scheduler';
import { createSmtpMailer } from './platform/mail/mailer';
import { drainOutbox } from './platform/mail/outbox';
import { seedDemoIfEmpty } from './seed/demo';
import { turnOffPretenuring } from './platform/runtime/garbage-collection';

turnOffPretenuring();

const config = loadConfig();

const DEMO_NOTE = 'Demo Pemda "Kota Contoh" seeded; every demo account uses the password sigap-demo';

/** Migrations and the demo seed: once, in the process that owns the database first. */
async function prepare(db: Kysely<Database>): Promise<string[]> {
  await migrateToLatest(db);
  return config.demo && (await seedDemoIfEmpty(db)) ? [DEMO_NOTE] : [];
}

async function serve(cfg: Config, runJobs: boolean, prepareFirst: boolean) {
  const handle = await openDatabase({ databaseUrl: cfg.databaseUrl, dataDir: cfg.dataDir });
  const notes = prepareFirst ? await prepare(handle.db) : [];
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    logLevel: cfg.logLevel,
    trustProxy: cfg.trustProxy,
    webDist: cfg.webDist,
    attachmentsDir: path.join(cfg.dataDir, 'attachments'),
    checkResponses: cfg.checkResponses,
  });
  for (const note of notes) app.log.info(note);

  const stopJobs: (() => void)[] = [];
  if (runJobs) {
    const logError = (job: string) => (err: unknown) => app.log.error({ err, job }, 'job failed');
    stopJobs.push(startHousekeeping(handle.db, handle.engine, logError('housekeeping')));
    stopJobs.push(every(60_000, () => runEscalation(handle.db), logError('escalation')));
    stopJobs.push(every(60_000, () => runAutoClose(handle.db), logError('auto-close')));
    if (cfg.smtpUrl) {
      const mailer = createSmtpMailer(cfg.smtpUrl, cfg.mailFrom);
      stopJobs.push(
        every(10_000, () => drainOutbox(handle.db, mailer), logError('outbox')),
        () => mailer.close(),
      );
    } else {
      app.log.warn('SIGAP_SMTP_URL is not set: e-mails stay queued in the outbox until it is');
    }
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    for (const stop of stopJobs) stop();
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: cfg.port, host: cfg.host });
  app.log.info(`Sigap (${handle.engine}) at http://localhost:${cfg.port}`);
}

if (config.workers > 1 && !config.databaseUrl) {
  throw new Error('SIGAP_WORKERS > 1 needs DATABASE_URL: the embedded database serves one process');
}

if (config.workers > 1 && cluster.isPrimary) {
  // Several processes share the port; every job is safe to run in each, but one runs them.
  const handle = await openDatabase({ databaseUrl: config.databaseUrl });
  for (const note of await prepare(handle.db)) console.log(note);
  await handle.close();
  let stopping = false;
  const fork = (jobs: boolean) =>
    cluster.fork({ SIGAP_RUN_JOBS: jobs ? '1' : '0' }).on('exit', (code) => !stopping && code !== 0 && fork(jobs));
  for (let i = 0; i < config.workers; i++) fork(i === 0 && config.jobs);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
} else if (cluster.isWorker) {
  await serve(config, process.env.SIGAP_RUN_JOBS === '1', false);
} else {
  await serve(config, config.jobs, true);
}
