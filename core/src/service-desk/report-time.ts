/**
 * When a recorded report counts from (issue 17, item 8): an agent recording a letter received
 * yesterday, or a call taken while the system was down, sets the time it was reported. The
 * clocks run from that time. Pure; the server checks it against the Pemda's policy.
 */

/** How far past the server's clock a chosen time may lie (a device clock a little fast, a minute picked in a form): taken as now. */
export const REPORT_TIME_SKEW_MS = 2 * 60_000;

const DAY_MS = 24 * 60 * 60_000;

export type ReportTimeRefusal = { reason: 'future' } | { reason: 'too_old'; maxDaysBack: number };

export type ReportTime = { ok: true; at: Date; backdated: boolean } | { ok: false; refusal: ReportTimeRefusal };

/**
 * The instant a report counts from: `chosen` when it is not in the future and at most
 * `maxDaysBack` days (of 24 hours) before `now`; `now` when nothing was chosen.
 */
export function reportTime(now: Date, chosen: Date | null, maxDaysBack: number): ReportTime {
  if (chosen === null) return { ok: true, at: now, backdated: false };
  const t = chosen.getTime();
  if (t > now.getTime() + REPORT_TIME_SKEW_MS) return { ok: false, refusal: { reason: 'future' } };
  if (t < now.getTime() - maxDaysBack * DAY_MS) return { ok: false, refusal: { reason: 'too_old', maxDaysBack } };
  return t >= now.getTime() ? { ok: true, at: now, backdated: false } : { ok: true, at: chosen, backdated: true };
}
