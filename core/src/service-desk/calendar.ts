/**
 * Working-time arithmetic on a Pemda's working calendar (SPEC §3.2, §11). Pure: instants are
 * JS Dates (UTC); the calendar's local time is UTC plus a fixed offset, which is exact for
 * Indonesia (WIB +7, WITA +8, WIT +9 — no daylight saving).
 *
 * Total: no function here throws on a calendar. A target the calendar cannot reach within the
 * horizon (ten years of scanning: a calendar with next to no working time) is set at the
 * horizon, and `isBeyondHorizon` tells the caller so it can flag it; a write never fails on it.
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

/** A date range with its own weekly hours (Ramadan: 32.5 h a week from 08:00, Perpres 21/2023). */
export interface CalendarPeriod {
  /** First and last local date 'YYYY-MM-DD', both included. */
  from: string;
  to: string;
  weekly: WeeklyHours;
}

export interface WorkingCalendar {
  offsetMinutes: number;
  /** The Pemda's IANA zone, for putting instants into words (the arithmetic uses offsetMinutes). */
  timeZone?: string;
  weekly: WeeklyHours;
  /** Local dates 'YYYY-MM-DD' with no working time (national holidays, cuti bersama, regional). */
  holidays: ReadonlySet<string>;
  /** Local dates with part of the day off (a half day): the off window, taken out of that day's hours. */
  partDays?: ReadonlyMap<string, WorkInterval>;
  /** Date ranges with their own weekly hours, not overlapping; outside them `weekly` holds. */
  periods?: readonly CalendarPeriod[];
  /** 24×7: every instant is working time (Kritis services). */
  alwaysOn: boolean;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** How far ahead a due time is looked for; beyond it a target is "no target" (see isBeyondHorizon). */
export const HORIZON_DAYS = 10 * 366;
const HORIZON = HORIZON_DAYS * DAY;

/** The least working time a calendar (and each of its periods) must have in a week: one 7.5-hour day (Perpres 21/2023). */
export const MIN_WEEKLY_WORKING_MINUTES = 450;

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

/**
 * Ramadan hours (Perpres 21/2023: 32.5 h a week from 08:00): Mon–Thu 08:00–15:00 with a 12:00–12:30
 * break, Fri 08:00–15:30 with 11:30–12:30; a starting point the administrator adjusts.
 */
export const RAMADAN_WEEKLY_HOURS: WeeklyHours = [
  [],
  ...Array.from({ length: 4 }, () => [
    { start: hm(8), end: hm(12) },
    { start: hm(12, 30), end: hm(15) },
  ]),
  [
    { start: hm(8), end: hm(11, 30) },
    { start: hm(12, 30), end: hm(15, 30) },
  ],
  [],
];

/** Working minutes in a week of these hours. */
export function weeklyWorkingMinutes(weekly: WeeklyHours): number {
  return weekly.reduce((sum, day) => sum + day.reduce((s, iv) => s + Math.max(0, iv.end - iv.start), 0), 0);
}

/** Local midnight (as a UTC-epoch number in local "wall" time) and helpers. */
function localDayStart(localMs: number): number {
  return Math.floor(localMs / DAY) * DAY;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * 'YYYY-MM-DD' of a local midnight, by integer arithmetic (days to civil date, H. Hinnant): the
 * scans below read it once a day for up to ten years, five times faster than Date#toISOString.
 */
export function localDateKey(localDayStartMs: number): string {
  const z = Math.floor(localDayStartMs / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${two(m)}-${two(d)}`;
}

/** 0 = Sunday … 6 = Saturday of a local midnight (1 January 1970 was a Thursday). */
function weekdayOf(localDayStartMs: number): number {
  return (((Math.floor(localDayStartMs / DAY) + 4) % 7) + 7) % 7;
}

/** `day` without the off window. */
function withoutWindow(day: readonly WorkInterval[], off: WorkInterval): WorkInterval[] {
  const out: WorkInterval[] = [];
  for (const iv of day) {
    if (iv.start < off.start) out.push({ start: iv.start, end: Math.min(iv.end, off.start) });
    if (iv.end > off.end) out.push({ start: Math.max(iv.start, off.end), end: iv.end });
  }
  return out;
}

/** The working hours of one local day: holiday, half day, period or the usual week. */
export function workIntervalsOn(cal: WorkingCalendar, dayStart: number): readonly WorkInterval[] {
  const key = localDateKey(dayStart);
  if (cal.holidays.has(key)) return [];
  const period = cal.periods?.find((p) => p.from <= key && key <= p.to);
  const day = (period ? period.weekly : cal.weekly)[weekdayOf(dayStart)] ?? [];
  const off = cal.partDays?.get(key);
  return off ? withoutWindow(day, off) : day;
}

/** Is `due` at the horizon from `start`, i.e. a target the calendar could not reach ("no target")? */
export function isBeyondHorizon(start: Date, due: Date | null): boolean {
  return due !== null && due.getTime() - start.getTime() >= HORIZON;
}

/**
 * The instant `minutes` of working time after `start`. Zero minutes returns `start` itself. When
 * the calendar does not hold that much working time within the horizon, the horizon itself.
 */
export function addWorkingMinutes(cal: WorkingCalendar, start: Date, minutes: number): Date {
  if (minutes < 0) throw new Error('minutes must be non-negative');
  const horizon = start.getTime() + HORIZON;
  if (cal.alwaysOn || minutes === 0) return new Date(Math.min(start.getTime() + minutes * MINUTE, horizon));
  const offset = cal.offsetMinutes * MINUTE;
  let remaining = minutes * MINUTE;
  const local = start.getTime() + offset;
  for (let dayStart = localDayStart(local); dayStart < local + HORIZON; dayStart += DAY) {
    for (const iv of workIntervalsOn(cal, dayStart)) {
      const from = Math.max(dayStart + iv.start * MINUTE, local);
      const to = dayStart + iv.end * MINUTE;
      if (from >= to) continue;
      if (remaining <= to - from) return new Date(Math.min(from + remaining - offset, horizon));
      remaining -= to - from;
    }
  }
  return new Date(horizon);
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

/**
 * Working days after `start` (for "auto-close after N working days"): the end of the Nth working
 * day's hours; the horizon when the calendar has not that many working days before it.
 */
export function addWorkingDays(cal: WorkingCalendar, start: Date, days: number): Date {
  const horizon = start.getTime() + HORIZON;
  if (cal.alwaysOn) return new Date(Math.min(start.getTime() + days * DAY, horizon));
  const offset = cal.offsetMinutes * MINUTE;
  let dayStart = localDayStart(start.getTime() + offset);
  let counted = 0;
  for (let i = 0; i < HORIZON_DAYS; i++) {
    dayStart += DAY;
    const ivs = workIntervalsOn(cal, dayStart);
    if (ivs.length === 0) continue;
    counted += 1;
    if (counted >= days) return new Date(Math.min(dayStart + Math.max(...ivs.map((iv) => iv.end)) * MINUTE - offset, horizon));
  }
  return new Date(horizon);
}

/** 07:30 or 07.30, 00:00–23:59, and 24:00 (the end of a day). */
export const CLOCK_PATTERN = /^(?:([01]\d|2[0-3])[:.]([0-5]\d)|(24)[:.](00))$/;

/** "07:30" or "07.30" (the Indonesian way) → minutes after midnight; null for anything else. "24:00" ends a day. */
export function clockMinutes(value: string): number | null {
  const m = CLOCK_PATTERN.exec(value);
  if (!m) return null;
  return Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]);
}

/** "07:30" or "07.30" → minutes after midnight; throws on anything else (validate with clockMinutes first). */
export function parseClock(value: string): number {
  const minutes = clockMinutes(value);
  if (minutes === null) throw new Error(`bad clock time ${value}`);
  return minutes;
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
