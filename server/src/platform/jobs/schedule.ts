import { Cron } from 'croner';

/** Default lateness a cron time may be run with; later, it is recorded as skipped. */
export const DEFAULT_MAX_LATE_SECONDS = 15 * 60;

const parsed = new Map<string, Cron>();

/** A five-field cron expression read in a time zone (croner; cached, it holds no timer). */
export function cronIn(expression: string, timeZone: string): Cron {
  const key = `${timeZone} ${expression}`;
  let cron = parsed.get(key);
  if (!cron) {
    cron = new Cron(expression, { timezone: timeZone, mode: '5-part' });
    parsed.set(key, cron);
  }
  return cron;
}

/** Throws on an expression croner refuses or a zone Intl does not know: at registration, not at 07:00. */
export function checkCron(expression: string, timeZone: string): void {
  new Intl.DateTimeFormat('en', { timeZone });
  cronIn(expression, timeZone);
}

/** The first cron time strictly after `after`. */
export function nextCronTime(expression: string, timeZone: string, after: Date): Date | null {
  return cronIn(expression, timeZone).nextRun(after);
}

/** The last cron time at or before `at`. */
export function latestCronTime(expression: string, timeZone: string, at: Date): Date | null {
  // croner's previous runs are strictly before the reference (or earlier in its second).
  return cronIn(expression, timeZone).previousRuns(1, new Date(at.getTime() + 1))[0] ?? null;
}

/** The next run of an interval job that last started at `lastStartedAt`. */
export function nextIntervalTime(seconds: number, lastStartedAt: Date | null): Date | null {
  return lastStartedAt ? new Date(lastStartedAt.getTime() + seconds * 1000) : null;
}
