import type { ServiceDeskPolicy, WorkingCalendar } from '@sigap/core';

/**
 * Policy and calendars change rarely and are read by every ticket write: keep them per Pemda,
 * labelled with the Pemda's settings version they were loaded at. Triggers raise that version
 * in the transaction of every write that changes them (migration 0015), and the ticket's own
 * query reads it with the service, at no extra round trip; an entry older than the version read
 * is loaded afresh. So a change counts from the next ticket on, in every process and on every
 * host of one database, PostgreSQL or PGlite (ADR 0002, amended).
 */
interface Entry {
  version: number;
  policy: Promise<ServiceDeskPolicy>;
  calendars: Map<string, Promise<WorkingCalendar>>;
}
const settings = new Map<string, Entry>();

function entryFor(pemdaId: string, version: number, loadPolicy: () => Promise<ServiceDeskPolicy>): Entry {
  let entry = settings.get(pemdaId);
  // An entry newer than the version read (a write committed since) is kept: its rules are the current ones.
  if (!entry || entry.version < version) {
    const fresh: Entry = { version, policy: loadPolicy(), calendars: new Map() };
    fresh.policy.catch(() => settings.get(pemdaId) === fresh && settings.delete(pemdaId));
    settings.set(pemdaId, fresh);
    entry = fresh;
  }
  return entry;
}

export function cachedPolicy(pemdaId: string, version: number, load: () => Promise<ServiceDeskPolicy>): Promise<ServiceDeskPolicy> {
  return entryFor(pemdaId, version, load).policy;
}

export function cachedCalendar(
  pemdaId: string,
  version: number,
  calendarId: string,
  loadPolicy: () => Promise<ServiceDeskPolicy>,
  load: () => Promise<WorkingCalendar>,
): Promise<WorkingCalendar> {
  const entry = entryFor(pemdaId, version, loadPolicy);
  let calendar = entry.calendars.get(calendarId);
  if (!calendar) {
    const loading = load();
    loading.catch(() => entry.calendars.get(calendarId) === loading && entry.calendars.delete(calendarId));
    entry.calendars.set(calendarId, loading);
    calendar = loading;
  }
  return calendar;
}
