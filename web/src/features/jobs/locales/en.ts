import type { Translation } from '../../../i18n/types';
import type id from './id';

/** English for the background jobs page; the compiler checks it has exactly the keys of `id`. */
const en: Translation<typeof id> = {
  title: 'Background jobs',
  intro:
    'Work the server does by itself on a schedule. Runs that found nothing to do are recorded at most once an hour; failures and runs that did something are always recorded. The history is kept 90 days.',
  job: 'Job',
  schedule: 'Schedule',
  lastRun: 'Last run',
  outcome: 'Outcome',
  nextRun: 'Next run',
  lastError: 'Last error',
  history: 'History',
  historyOf: 'History: {{name}}',
  started: 'Started',
  finished: 'Finished',
  scheduledFor: 'Scheduled {{time}}',
  counts: 'Work done',
  runner: 'Process',
  never: 'Never',
  unknown: 'Not known yet',
  runningNow: 'Running now',
  noRuns: 'No runs recorded yet.',
  every: 'Every {{duration}}',
  seconds: '{{count}} s',
  minutes: '{{count}} min',
  hours: '{{count}} h',
  cron: 'Cron {{expression}} ({{zone}})',
  cronPerPemda: 'Cron {{expression}}, Pemda time ({{zone}})',
  outcomes: {
    running: 'Running',
    succeeded: 'Succeeded',
    failed: 'Failed',
    skipped: 'Skipped',
  },
  skippedHint: 'The scheduled time was long past when the server looked (it was down, or the previous run had not finished).',
  countNames: {
    warned: 'warned',
    breached: 'breached',
    closed: 'closed',
    sent: 'sent',
    failed: 'failed',
    sessions: 'sessions',
    loginAttempts: 'login attempts',
    jobRuns: 'job runs',
    checkpointed: 'checkpoints',
    mailed: 'e-mails to auditors',
    alerts: 'warnings to auditors',
  },
  description: {
    escalation: {
      title: 'Ticket escalation',
      text: 'Raises tickets to level 2 as their target nears and to level 3 when it is breached.',
    },
    auto_close: { title: 'Auto-close', text: 'Closes resolved tickets the reporter did not confirm in time.' },
    outbox: { title: 'E-mail delivery', text: 'Sends the e-mails queued in the outbox, retrying failures.' },
    audit_checkpoint: {
      title: 'Audit trail checkpoint',
      text: 'Every hour, signs the head of each Pemda’s audit hash chain and stores it outside the database; fails when the chain no longer holds the last checkpoint.',
    },
    audit_checkpoint_mail: {
      title: 'Checkpoint e-mail to auditors',
      text: 'Every day at 07:00 Pemda time, sends the newest checkpoint to the Pemda’s auditors, or a warning when the chain contradicts it.',
    },
    staffing_check: {
      title: 'Staffing check',
      text: 'Every morning tells the Pemda’s administrators of service desks and approval steps with nobody to act.',
    },
    housekeeping: {
      title: 'Housekeeping',
      text: 'Deletes expired sessions, old login attempts and job runs older than 90 days.',
    },
  },
};

export default en;
