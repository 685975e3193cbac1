import { z } from 'zod';
import { CLOCK_PATTERN, MIN_WEEKLY_WORKING_MINUTES, clockMinutes } from '../service-desk/calendar';
import { CLASSIFICATIONS, IMPACTS, PRIORITIES, SERVICE_TYPES } from '../service-desk/priority';
import { Id, Timestamp, Version } from './common';

/** A clock time as people type it: 07:30 or 07.30 (24:00 ends a day). */
const Clock = z.string().regex(CLOCK_PATTERN, { error: 'Gunakan format JJ:MM atau JJ.MM, misalnya 07:30 atau 07.30.' });

/** Minutes of a clock the field check already refused count as "no conflict" here, so one mistake is one message. */
const startsBeforeEnd = (iv: { start: string; end: string }) => {
  const start = clockMinutes(iv.start);
  const end = clockMinutes(iv.end);
  return start === null || end === null || start < end;
};

export const WorkIntervalInput = z
  .strictObject({ start: Clock, end: Clock })
  .refine(startsBeforeEnd, { path: ['end'], error: 'Jam mulai harus sebelum jam selesai.' });

/** Seven days, Sunday first; intervals sorted and not overlapping. */
export const WeeklyHoursInput = z
  .array(z.array(WorkIntervalInput).max(6))
  .length(7)
  .superRefine((days, ctx) => {
    days.forEach((day, d) => {
      day.forEach((interval, i) => {
        const previous = day[i - 1];
        const start = clockMinutes(interval.start);
        const previousEnd = previous ? clockMinutes(previous.end) : null;
        if (start !== null && previousEnd !== null && start < previousEnd) {
          ctx.addIssue({ code: 'custom', path: [d, i], message: 'Rentang jam kerja tumpang tindih atau tidak berurutan.' });
        }
      });
    });
  });
export type WeeklyHoursInput = z.infer<typeof WeeklyHoursInput>;

export const LocalDate = z.iso.date({ error: 'Tanggal harus berformat TTTT-BB-HH.' });

/** Working minutes in a week as typed; null while a clock is wrong (its field says so already). */
function weeklyMinutesOf(week: WeeklyHoursInput): number | null {
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
const tooLittle = (week: WeeklyHoursInput) => (weeklyMinutesOf(week) ?? Infinity) < MIN_WEEKLY_WORKING_MINUTES;

/** MIN_WEEKLY_WORKING_MINUTES in words. */
const TOO_LITTLE = 'Kalender kerja harus punya setidaknya 7,5 jam kerja per minggu (satu hari kerja).';

/** A date range with its own weekly hours (Ramadan: 32,5 jam seminggu mulai 08.00). */
export const CalendarPeriodInput = z
  .strictObject({
    name: z.string().trim().min(3, { error: 'Nama periode minimal 3 karakter.' }).max(100),
    from: LocalDate,
    to: LocalDate,
    weeklyHours: WeeklyHoursInput,
  })
  .refine((p) => p.from <= p.to, { path: ['to'], error: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' });
export type CalendarPeriodInput = z.infer<typeof CalendarPeriodInput>;

/** What a calendar holds, as the administrator writes it. */
const calendarFields = {
  name: z.string().trim().min(3, { error: 'Nama kalender minimal 3 karakter.' }).max(100),
  alwaysOn: z.boolean(),
  /** Whether the Pemda's holidays and half days are days off on this calendar (a hospital's may not be). */
  observesHolidays: z.boolean().default(true),
  weeklyHours: WeeklyHoursInput,
  periods: z.array(CalendarPeriodInput).max(50).default([]),
};

/** Enough working time every week, and periods that do not overlap: a calendar every clock can run on. */
function checkCalendar(c: { alwaysOn: boolean; weeklyHours: WeeklyHoursInput; periods: CalendarPeriodInput[] }, ctx: z.RefinementCtx) {
  if (c.alwaysOn) return;
  if (tooLittle(c.weeklyHours)) ctx.addIssue({ code: 'custom', path: ['weeklyHours'], message: TOO_LITTLE });
  const sorted = c.periods.map((p, i) => ({ p, i })).sort((a, b) => a.p.from.localeCompare(b.p.from));
  sorted.forEach(({ p, i }, k) => {
    if (tooLittle(p.weeklyHours)) ctx.addIssue({ code: 'custom', path: ['periods', i, 'weeklyHours'], message: TOO_LITTLE });
    const before = sorted[k - 1];
    if (before && p.from <= before.p.to)
      ctx.addIssue({
        code: 'custom',
        path: ['periods', i, 'from'],
        message: `Periode ini tumpang tindih dengan periode "${before.p.name}".`,
      });
  });
}

export const WorkingCalendarCreate = z.strictObject(calendarFields).superRefine(checkCalendar);
export type WorkingCalendarCreate = z.infer<typeof WorkingCalendarCreate>;

export const WorkingCalendarUpdate = z.strictObject({ ...calendarFields, version: Version }).superRefine(checkCalendar);
export type WorkingCalendarUpdate = z.infer<typeof WorkingCalendarUpdate>;

const ClockOut = z.string();
const WeeklyHoursOut = z.array(z.array(z.object({ start: ClockOut, end: ClockOut })));

export const WorkingCalendarDto = z.object({
  id: Id,
  name: z.string(),
  alwaysOn: z.boolean(),
  isDefault: z.boolean(),
  observesHolidays: z.boolean(),
  weeklyHours: WeeklyHoursOut,
  periods: z.array(z.object({ name: z.string(), from: z.string(), to: z.string(), weeklyHours: WeeklyHoursOut })),
  /** Services whose clocks run on this calendar. */
  serviceCount: z.number().int(),
  version: z.number().int(),
});
export type WorkingCalendarDto = z.infer<typeof WorkingCalendarDto>;

export const HOLIDAY_KINDS = ['nasional', 'cuti_bersama', 'daerah'] as const;
export const HolidayKind = z.enum(HOLIDAY_KINDS);
/** Part of a day off (a half day): from `start` to `end`; a holiday without it is the whole day. */
export const OffHoursInput = z
  .strictObject({ start: Clock, end: Clock })
  .refine(startsBeforeEnd, { path: ['end'], error: 'Jam mulai libur harus sebelum jam selesainya.' });

export const Holiday = z.object({
  id: Id,
  date: LocalDate,
  name: z.string(),
  kind: HolidayKind,
  offHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  source: z.enum(['import', 'local']),
});
export type Holiday = z.infer<typeof Holiday>;

export const HolidayCreate = z.strictObject({
  date: LocalDate,
  name: z.string().trim().min(3, { error: 'Nama minimal 3 karakter.' }).max(150),
  kind: HolidayKind,
  offHours: OffHoursInput.nullable().default(null),
});
export type HolidayCreate = z.infer<typeof HolidayCreate>;

export const HolidayQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

/** A year's national holidays and cuti bersama; replaces earlier imports, keeps local entries. */
export const HolidayImport = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  holidays: z.array(HolidayCreate.omit({ kind: true, offHours: true }).extend({ kind: z.enum(['nasional', 'cuti_bersama']) })).max(100),
});
export type HolidayImport = z.infer<typeof HolidayImport>;

const PriorityCell = z.enum(PRIORITIES);
const ClassRow = z.strictObject(
  Object.fromEntries(CLASSIFICATIONS.map((c) => [c, PriorityCell])) as Record<(typeof CLASSIFICATIONS)[number], typeof PriorityCell>,
);
const TypeRow = z.strictObject(
  Object.fromEntries(SERVICE_TYPES.map((t) => [t, ClassRow])) as Record<(typeof SERVICE_TYPES)[number], typeof ClassRow>,
);
const Minutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 60);

export const ServiceDeskPolicySchema = z.strictObject({
  priorityMatrix: z.strictObject(Object.fromEntries(IMPACTS.map((i) => [i, TypeRow])) as Record<(typeof IMPACTS)[number], typeof TypeRow>),
  responseMinutes: z.strictObject(
    Object.fromEntries(PRIORITIES.map((p) => [p, Minutes])) as Record<(typeof PRIORITIES)[number], typeof Minutes>,
  ),
  resolutionHours: z.strictObject({ '1': z.number().min(1).max(2000), '2': z.number().min(1).max(2000), '3': z.number().min(1).max(2000) }),
  maxResponseMinutes: Minutes,
  // Policies saved before the setting existed read the default.
  reportBackdateDays: z.number().int().min(0).max(90).default(7),
  clocks: z.strictObject({
    response: z.enum(['working', 'calendar']),
    resolution: z.enum(['working', 'calendar']),
    fulfilment: z.enum(['working', 'calendar']),
  }),
  escalationShare: z.number().min(0.1).max(0.99),
  autoCloseWorkingDays: z.number().int().min(1).max(60),
});

export const ServiceDeskPolicyDto = z.object({
  policy: ServiceDeskPolicySchema,
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
});
export const ServiceDeskPolicyUpdate = z.strictObject({ policy: ServiceDeskPolicySchema, version: z.number().int().min(0) });
