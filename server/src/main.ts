import path from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './platform/db/engine';
import { migrateToLatest } from './platform/db/migrate';
import { startHousekeeping } from './platform/jobs/housekeeping';
import { every } from './platform/jobs/scheduler';
import { createSmtpMailer } from './platform/mail/mailer';
import { drainOutbox } from './platform/mail/outbox';
import { runAutoClose, runEscalation } from './modules/sla/escalation.job';
import { seedDemoIfEmpty } from './seed/demo';

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(handle.db);
const app = await buildApp({
  db: handle.db,
  engine: handle.engine,
  logLevel: config.logLevel,
  trustProxy: config.trustProxy,
  webDist: config.webDist,
  attachmentsDir: path.join(config.dataDir, 'attachments'),
});
if (config.demo) {
  const seeded = await seedDemoIfEmpty(handle.db);
  if (seeded) app.log.info('Demo Pemda "Kota Contoh" seeded; every demo account uses the password sigap-demo');
}

const stopJobs: (() => void)[] = [startHousekeeping(handle.db, (err) => app.log.error({ err }, 'housekeeping failed'))];
if (config.jobs) {
  const logError = (job: string) => (err: unknown) => app.log.error({ err, job }, 'job failed');
  stopJobs.push(every(60_000, () => runEscalation(handle.db), logError('escalation')));
  stopJobs.push(every(60_000, () => runAutoClose(handle.db), logError('auto-close')));
  if (config.smtpUrl) {
    const mailer = createSmtpMailer(config.smtpUrl, config.mailFrom);
    stopJobs.push(every(10_000, () => drainOutbox(handle.db, mailer), logError('outbox')), () => mailer.close());
  } else {
    app.log.warn('SIGAP_SMTP_URL is not set: e-mails stay queued in the outbox until it is');
  }
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  for (const stop of stopJobs) stop();
  await app.close();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Sigap (${handle.engine}) at http://localhost:${config.port}`);
