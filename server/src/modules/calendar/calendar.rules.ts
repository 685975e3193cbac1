import { type CalendarPeriodInput, type WeeklyHours, type WeeklyHoursInput, formatClock, parseClock } from '@sigap/core';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export function toWeeklyHours(input: WeeklyHoursInput): WeeklyHours {
  return input.map((day) => day.map((iv) => ({ start: parseClock(iv.start), end: parseClock(iv.end) })));
}

export function toWeeklyHoursInput(hours: WeeklyHours): WeeklyHoursInput {
  return hours.map((day) => day.map((iv) => ({ start: formatClock(iv.start), end: formatClock(iv.end) })));
}

const StoredWeek = z.array(z.array(z.object({ start: z.number(), end: z.number() })));
/** `working_calendar.weekly_hours` as stored: minutes after local midnight. */
export const StoredWeeklyHours = StoredWeek;
/** `working_calendar.periods` as stored. */
export const StoredPeriods = z.array(z.object({ name: z.string(), from: z.string(), to: z.string(), weeklyHours: StoredWeek }));
export type StoredPeriods = z.infer<typeof StoredPeriods>;

export function toStoredPeriods(periods: CalendarPeriodInput[]): StoredPeriods {
  return [...periods]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((p) => ({ name: p.name, from: p.from, to: p.to, weeklyHours: toWeeklyHours(p.weeklyHours).map((d) => [...d]) }));
}

/** Minutes after midnight ⇄ the clocks a person reads, for a half day's hours off. */
export function offHoursOf(row: { off_start: number | null; off_end: number | null }): { start: string; end: string } | null {
  return row.off_start === null || row.off_end === null ? null : { start: formatClock(row.off_start), end: formatClock(row.off_end) };
}

export type HolidayCsv = { ok: true; rows: { date: string; name: string; kind: string }[] } | { ok: false; line: number };

/**
 * `tanggal,nama,jenis` lines (jenis: nasional | cuti_bersama, nasional when left out), read by
 * csv-parse: quoted fields, `;` as spreadsheets in Indonesian write it, an optional header line.
 */
export function parseHolidayCsv(text: string): HolidayCsv {
  let records: string[][];
  try {
    records = parse(text, { delimiter: [',', ';'], skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  } catch (error) {
    // Parsing a string has no other way to fail: whatever csv-parse refuses is an unreadable file.
    const lines: unknown = error instanceof Error && 'lines' in error ? error.lines : undefined;
    return { ok: false, line: typeof lines === 'number' && lines > 0 ? lines : 1 };
  }
  const [head] = records;
  const body = head && /^(date|tanggal)$/i.test(head[0] ?? '') ? records.slice(1) : records;
  return {
    ok: true,
    rows: body.map(([date = '', name = '', kind = '']) => ({ date, name, kind: kind || 'nasional' })),
  };
}
