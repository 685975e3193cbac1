import { clockMinutes } from '@sigap/core';

export interface ClockRange {
  start: string;
  end: string;
}

/** A clock as the reader's language writes it: 07.30 in `id`, 07:30 in `en` (the glossary). */
export function clockText(clock: string, language: string): string {
  return language === 'en' ? clock.replace('.', ':') : clock.replace(':', '.');
}

/** One day's ranges as text: "07.30–12.00, 13.00–16.00". */
export function dayToText(day: readonly ClockRange[], language: string): string {
  return day.map((iv) => `${clockText(iv.start, language)}–${clockText(iv.end, language)}`).join(', ');
}

/**
 * The text a person typed for one day, as ranges: comma- or semicolon-separated, each
 * "start–end" with a hyphen, an en dash or "s.d."; clocks as typed (the contract checks them).
 */
export function textToDay(text: string): ClockRange[] {
  return text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split(/\s*(?:[-–—]|s\.?d\.?)\s*/i).map((x) => x.trim());
      return { start, end };
    });
}

/** Working minutes in a week of typed ranges; null while a clock cannot be read. */
export function weekMinutes(week: readonly (readonly ClockRange[])[]): number | null {
  let total = 0;
  for (const day of week)
    for (const iv of day) {
      const start = clockMinutes(iv.start);
      const end = clockMinutes(iv.end);
      if (start === null || end === null) return null;
      total += Math.max(0, end - start);
    }
  return total;
}

/** "37,5 jam" / "37.5 h". */
export function hoursText(minutes: number, language: string): string {
  const hours = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 }).format(minutes / 60);
  return language === 'en' ? `${hours} h` : `${hours} jam`;
}
