import type { Kysely } from 'kysely';
import { runAutoClose, runEscalation } from './modules/escalation';
import { noticeStaffingGaps } from './modules/staffing';
import type { Engine } from './platform/db/engine';
import type { Database } from './platform/db/schema';
import { housekeeping } from './platform/jobs/housekeeping';
import { JobRegistry } from './platform/jobs/registry';
import { type Mailer, createSmtpMailer } from './platform/mail/mailer';
import { drainOutbox } from './platform/mail/outbox';

export interface SigapJobsOptions {
  db: Kysely<Database>;
  engine: Engine;
  /** Without a mail server the outbox job is not declared: e-mails wait in the outbox. */
  smtp: { url: string; from: string } | null;
}

/**
 * Sigap's background jobs, each declared once. Every process builds this list (the jobs page
 * reads it); the processes that run jobs start it. Each job's own row-level safety (SKIP LOCKED,
 * conditional updates) still holds; the registry adds one lease per job on top.
 */
export function sigapJobs(options: SigapJobsOptions): JobRegistry {
  const registry = new JobRegistry(options.db);
  registry.register({
    name: 'escalation',
    description: 'escalation',
    schedule: { kind: 'interval', seconds: 60 },
    run: ({ db, now }) => runEscalation(db, now),
  });
  registry.register({
    name: 'auto-close',
    description: 'auto_close',
    schedule: { kind: 'interval', seconds: 60 },
    run: async ({ db, now }) => ({ closed: await runAutoClose(db, now) }),
  });
  const smtp = options.smtp;
  if (smtp) {
    // Opened at the first run, in the process that runs jobs only.
    let mailer: Mailer | null = null;
    registry.register({
      name: 'outbox',
      description: 'outbox',
      schedule: { kind: 'interval', seconds: 10 },
      run: ({ db }) => drainOutbox(db, (mailer ??= createSmtpMailer(smtp.url, smtp.from))),
      close: () => mailer?.close(),
    });
  }
  // Every morning in each Pemda's zone, its administrators hear of desks and approval steps nobody staffs.
  registry.register({
    name: 'staffing-check',
    description: 'staffing_check',
    schedule: { kind: 'cron', expression: '0 7 * * *', perPemda: true },
    run: async ({ db, now, pemda }) => (pemda ? noticeStaffingGaps(db, pemda, now) : { gaps: 0, told: 0 }),
  });
  registry.register({
    name: 'housekeeping',
    description: 'housekeeping',
    schedule: { kind: 'interval', seconds: 60 * 60 },
    run: ({ db, now }) => housekeeping(db, options.engine, now),
  });
  return registry;
}
