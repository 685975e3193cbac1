import cluster from 'node:cluster';
import type { Kysely } from 'kysely';
import type { Database } from './platform/db/schema';
import path from 'node:path';
import { buildApp } from './app';
import { loadSigningSecret } from './platform/records/signing-secret';
import { anchorKeyFrom } from './platform/audit/anchor-key';
import { FileAnchorStore } from './platform/audit/anchor-store';
import { loadConfig, type Config } from './config';
import { sigapJobs } from './jobs';
import { openDatabase } from './platform/db/engine';
import { migrateToLatest } from './platform/db/migrate';
import { seedDemoIfEmpty } from './seed/demo';
import { turnOffPretenuring } from './platform/runtime/garbage-collection';
import { runWorkers } from './platform/runtime/cluster';

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
  const signingSecret = loadSigningSecret(cfg.dataDir);
  // The audit trail's checkpoints: signed with a key derived from the signing secret, stored outside the database.
  const auditAnchors = { store: new FileAnchorStore(cfg.auditAnchorDir), key: anchorKeyFrom(signingSecret) };
  // Declared in every process (the jobs page lists them), run where runJobs says.
  const smtp = cfg.smtpUrl ? { url: cfg.smtpUrl, from: cfg.mailFrom } : null;
  const jobs = sigapJobs({ db: handle.db, engine: handle.engine, smtp, anchors: auditAnchors });
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    logLevel: cfg.logLevel,
    trustProxy: cfg.trustProxy,
    webDist: cfg.webDist,
    attachmentsDir: path.join(cfg.dataDir, 'attachments'),
    signingSecret,
    auditAnchors,
    checkResponses: cfg.checkResponses,
    jobs,
    poolStats: handle.poolStats,
    metricsToken: cfg.metricsToken,
  });
  for (const note of notes) app.log.info(note);

  if (runJobs) {
    jobs.start((job, err) => app.log.error({ err, job }, 'job failed'));
    if (!cfg.smtpUrl) app.log.warn('SIGAP_SMTP_URL is not set: e-mails stay queued in the outbox until it is');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await jobs.stop();
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
  runWorkers(config.workers, config.jobs);
} else if (cluster.isWorker) {
  await serve(config, process.env.SIGAP_RUN_JOBS === '1', false);
} else {
  await serve(config, config.jobs, true);
}
