import { zoneOffsetMinutes } from '@sigap/core';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` value ("2026-05-13T14:30") read as wall-clock time in the Pemda's zone —
 * whatever zone the browser is in — as an ISO instant; null when empty or not such a value.
 */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - zoneOffsetMinutes(timeZone) * 60_000).toISOString();
}

/** An instant as a `datetime-local` value in the Pemda's zone (for the field's bounds). */
export function isoToZonedInput(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffsetMinutes(timeZone) * 60_000).toISOString().slice(0, 16);
}
