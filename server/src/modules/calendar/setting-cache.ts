import type { ServiceDeskPolicy, WorkingCalendar } from '@sigap/core';

/**
 * Policy and calendars change rarely and are read by every ticket write: keep them a minute per
 * Pemda. Writes to them in this process drop the entry at once; other processes within a minute.
 */
const SETTING_MS = 60_000;
const settings = new Map<string, { until: number; policy: Promise<ServiceDeskPolicy>; calendars: Map<string, Promise<WorkingCalendar>> }>();

export function forgetPemdaSetting(pemdaId: string) {
  settings.delete(pemdaId);
}

function entryFor(pemdaId: string, loadPolicy: () => Promise<ServiceDeskPolicy>) {
  let entry = settings.get(pemdaId);
  if (!entry || entry.until < Date.now()) {
    entry = { until: Date.now() + SETTING_MS, policy: loadPolicy(), calendars: new Map() };
    entry.policy.catch(() => settings.delete(pemdaId));
    settings.set(pemdaId, entry);
  }
  return entry;
}

export function cachedPolicy(pemdaId: string, load: () => Promise<ServiceDeskPolicy>): Promise<ServiceDeskPolicy> {
  return entryFor(pemdaId, load).policy;
}

export function cachedCalendar(
  pemdaId: string,
  calendarId: string,
  loadPolicy: () => Promise<ServiceDeskPolicy>,
  load: () => Promise<WorkingCalendar>,
): Promise<WorkingCalendar> {
  const entry = entryFor(pemdaId, loadPolicy);
  let calendar = entry.calendars.get(calendarId);
  if (!calendar) {
    calendar = load();
    calendar.catch(() => entry.calendars.delete(calendarId));
    entry.calendars.set(calendarId, calendar);
  }
  return calendar;
}
