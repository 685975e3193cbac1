import { AUDIT_CHECKPOINT_ROLES, type JobCounts } from '@sigap/core';
import type { Kysely } from 'kysely';
import { runAutoClose, runEscalation } from './modules/escalation';
import { noticeStaffingGaps } from './modules/staffing';
import { roleHoldersQuery } from './modules/identity';
import { type AuditAnchors, anchorAuditChain } from './platform/audit/anchor';
import { mailAuditCheckpoint } from './platform/audit/anchor-mail';
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
  /** Where the audit trail's checkpoints go (platform/audit/anchor.ts); without it the checkpoint jobs are not declared. */
  anchors?: AuditAnchors;
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
  const anchors = options.anchors;
  if (anchors) {
    // Hourly, each Pemda's chain head is signed and stored outside the database; daily at 07:00
    // in the Pemda's zone, the newest checkpoint is e-mailed to its auditors (through the outbox).
    registry.register({
      name: 'audit-checkpoint',
      description: 'audit_checkpoint',
      schedule: { kind: 'cron', expression: '5 * * * *', perPemda: true },
      run: async ({ db, pemda, now }): Promise<JobCounts> => {
        if (!pemda) return {};
        const { checkpoint, broken } = await anchorAuditChain(db, pemda.id, anchors, now);
        // A chain that no longer holds its newest checkpoint is a failed run: logged, and red on the jobs page.
        if (broken) throw new Error(`the audit chain no longer holds checkpoint #${broken.checkpoint.seq} (${broken.reason})`);
        return { checkpointed: checkpoint ? 1 : 0 };
      },
    });
    registry.register({
      name: 'audit-checkpoint-mail',
      description: 'audit_checkpoint_mail',
      schedule: { kind: 'cron', expression: '0 7 * * *', perPemda: true },
      run: async ({ db, pemda, now }) => {
        if (!pemda) return {};
        const auditors = await roleHoldersQuery(db, pemda.id, AUDIT_CHECKPOINT_ROLES, null).select(['u.email', 'u.language']).execute();
        return mailAuditCheckpoint(db, pemda.id, anchors, auditors, now);
      },
    });
  }
  registry.register({
    name: 'housekeeping',
    description: 'housekeeping',
    schedule: { kind: 'interval', seconds: 60 * 60 },
    run: ({ db, now }) => housekeeping(db, options.engine, now),
  });
  return registry;
}
