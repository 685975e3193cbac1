/**
 * Working-time arithmetic on a Pemda's working calendar (SPEC §3.2, §11). Pure: instants are
 * JS Dates (UTC); the calendar's local time is UTC plus a fixed offset, which is exact for
 * Indonesia (WIB +7, WITA +8, WIT +9 — no daylight saving).
 */
export const ZONE_OFFSET_MINUTES = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
} as const;

type KnownZone = keyof typeof ZONE_OFFSET_MINUTES;

function isKnownZone(timeZone: string): timeZone is KnownZone {
  return Object.hasOwn(ZONE_OFFSET_MINUTES, timeZone);
}

/** A Pemda's offset from UTC in minutes; WIB's for a zone the table above does not hold. */
export function zoneOffsetMinutes(timeZone: string): number {
  return isKnownZone(timeZone) ? ZONE_OFFSET_MINUTES[timeZone] : ZONE_OFFSET_MINUTES['Asia/Jakarta'];
}

/** Minutes after local midnight: [start, end). */
export interface WorkInterval {
  start: number;
  end: number;
}

/** Index 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type WeeklyHours = readonly (readonly WorkInterval[])[];

export interface WorkingCalendar {
  offsetMinutes: number;
  /** The Pemda's IANA zone, for putting instants into words (the arithmetic uses offsetMinutes). */
  timeZone?: string;
  weekly: WeeklyHours;
  /** Local dates 'YYYY-MM-DD' with no working time (national holidays, cuti bersama, regional). */
  holidays: ReadonlySet<string>;
  /** 24×7: every instant is working time (Kritis services). */
  alwaysOn: boolean;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MAX_DAYS = 3 * 366;

const hm = (h: number, m = 0) => h * 60 + m;

/** The old Pemda pattern (SPEC §11): Mon–Thu 07:30–16:00 with 12:00–13:00 break; Fri 07:30–16:30, break 11:30–13:00. */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = [
  [],
  [
    { start: hm(7, 30), end: hm(12) },
    { start: hm(13), end: hm(16) },
  ],
  [
    { start: hm(7, 30), end: hm(12) },
    { start: hm(13), end: hm(16) },
  ],
  [
    { start: hm(7, 30), end: hm(12) },
    { start: hm(13), end: hm(16) },
  ],
  [
    { start: hm(7, 30), end: hm(12) },
    { start: hm(13), end: hm(16) },
  ],
  [
    { start: hm(7, 30), end: hm(11, 30) },
    { start: hm(13), end: hm(16, 30) },
  ],
  [],
];

/** Local midnight (as a UTC-epoch number in local "wall" time) and helpers. */
function localDayStart(localMs: number): number {
  return Math.floor(localMs / DAY) * DAY;
}

export function localDateKey(localDayStartMs: number): string {
  return new Date(localDayStartMs).toISOString().slice(0, 10);
}

function workIntervalsOn(cal: WorkingCalendar, dayStart: number): readonly WorkInterval[] {
  if (cal.holidays.has(localDateKey(dayStart))) return [];
  return cal.weekly[new Date(dayStart).getUTCDay()] ?? [];
}

function assertWorkable(cal: WorkingCalendar) {
  if (!cal.alwaysOn && !cal.weekly.some((d) => d.length > 0)) throw new Error('calendar has no working hours');
}

/** The instant `minutes` of working time after `start`. Zero minutes returns `start` itself. */
export function addWorkingMinutes(cal: WorkingCalendar, start: Date, minutes: number): Date {
  if (minutes < 0) throw new Error('minutes must be non-negative');
  if (cal.alwaysOn || minutes === 0) return new Date(start.getTime() + minutes * MINUTE);
  assertWorkable(cal);
  const offset = cal.offsetMinutes * MINUTE;
  let remaining = minutes * MINUTE;
  const local = start.getTime() + offset;
  let dayStart = localDayStart(local);
  for (let i = 0; i < MAX_DAYS; i++, dayStart += DAY) {
    for (const iv of workIntervalsOn(cal, dayStart)) {
      const from = Math.max(dayStart + iv.start * MINUTE, local);
      const to = dayStart + iv.end * MINUTE;
      if (from >= to) continue;
      if (remaining <= to - from) return new Date(from + remaining - offset);
      remaining -= to - from;
    }
  }
  throw new Error('working time target lies beyond the calendar horizon');
}

/** Working minutes in [from, to); 0 when `to` is not after `from`. */
export function workingMinutesBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  if (cal.alwaysOn) return (b - a) / MINUTE;
  const offset = cal.offsetMinutes * MINUTE;
  const la = a + offset;
  const lb = b + offset;
  let total = 0;
  for (let dayStart = localDayStart(la); dayStart < lb; dayStart += DAY) {
    for (const iv of workIntervalsOn(cal, dayStart)) {
      const s = Math.max(dayStart + iv.start * MINUTE, la);
      const e = Math.min(dayStart + iv.end * MINUTE, lb);
      if (e > s) total += e - s;
    }
  }
  return total / MINUTE;
}

/** Is `at` inside working time? */
export function isWorkingTime(cal: WorkingCalendar, at: Date): boolean {
  if (cal.alwaysOn) return true;
  const local = at.getTime() + cal.offsetMinutes * MINUTE;
  const dayStart = localDayStart(local);
  const minute = (local - dayStart) / MINUTE;
  return workIntervalsOn(cal, dayStart).some((iv) => minute >= iv.start && minute < iv.end);
}

/** Working days after `start` (for "auto-close after N working days"): the end of the Nth working day's hours. */
export function addWorkingDays(cal: WorkingCalendar, start: Date, days: number): Date {
  if (cal.alwaysOn) return new Date(start.getTime() + days * DAY);
  assertWorkable(cal);
  const offset = cal.offsetMinutes * MINUTE;
  let dayStart = localDayStart(start.getTime() + offset);
  let counted = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    dayStart += DAY;
    const ivs = workIntervalsOn(cal, dayStart);
    if (ivs.length === 0) continue;
    counted += 1;
    if (counted >= days) return new Date(dayStart + Math.max(...ivs.map((iv) => iv.end)) * MINUTE - offset);
  }
  throw new Error('working days beyond the calendar horizon');
}

/** "07:30" ⇄ minutes after midnight. */
export function parseClock(value: string): number {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!m) throw new Error(`bad clock time ${value}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
