import { z } from 'zod';
import { parseClock } from '../service-desk/calendar';
import { CLASSIFICATIONS, IMPACTS, PRIORITIES, SERVICE_TYPES } from '../service-desk/priority';
import { Id, Timestamp, Version } from './common';

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'Gunakan format JJ:MM, misalnya 07:30.' });

export const WorkIntervalInput = z.strictObject({ start: Clock, end: Clock }).refine((iv) => parseClock(iv.start) < parseClock(iv.end), {
  error: 'Jam mulai harus sebelum jam selesai.',
});

/** Seven days, Sunday first; intervals sorted and not overlapping. */
export const WeeklyHoursInput = z
  .array(z.array(WorkIntervalInput).max(6))
  .length(7)
  .superRefine((days, ctx) => {
    days.forEach((day, d) => {
      day.forEach((interval, i) => {
        const previous = day[i - 1];
        if (previous && parseClock(interval.start) < parseClock(previous.end)) {
          ctx.addIssue({ code: 'custom', path: [d, i], message: 'Rentang jam kerja tumpang tindih atau tidak berurutan.' });
        }
      });
    });
  });
export type WeeklyHoursInput = z.infer<typeof WeeklyHoursInput>;

export const WorkingCalendarDto = z.object({
  id: Id,
  name: z.string(),
  alwaysOn: z.boolean(),
  isDefault: z.boolean(),
  weeklyHours: WeeklyHoursInput,
  version: z.number().int(),
});
export type WorkingCalendarDto = z.infer<typeof WorkingCalendarDto>;

export const WorkingCalendarUpdate = z.strictObject({
  name: z.string().trim().min(3).max(100),
  alwaysOn: z.boolean(),
  weeklyHours: WeeklyHoursInput,
  version: Version,
});

export const HOLIDAY_KINDS = ['nasional', 'cuti_bersama', 'daerah'] as const;
export const HolidayKind = z.enum(HOLIDAY_KINDS);
export const LocalDate = z.iso.date({ error: 'Tanggal harus berformat TTTT-BB-HH.' });

export const Holiday = z.object({
  id: Id,
  date: LocalDate,
  name: z.string(),
  kind: HolidayKind,
  source: z.enum(['import', 'local']),
});
export type Holiday = z.infer<typeof Holiday>;

export const HolidayCreate = z.strictObject({ date: LocalDate, name: z.string().trim().min(3).max(150), kind: HolidayKind });
export type HolidayCreate = z.infer<typeof HolidayCreate>;

export const HolidayQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

/** A year's national holidays and cuti bersama; replaces earlier imports, keeps local entries. */
export const HolidayImport = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  holidays: z.array(HolidayCreate.omit({ kind: true }).extend({ kind: z.enum(['nasional', 'cuti_bersama']) })).max(100),
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
