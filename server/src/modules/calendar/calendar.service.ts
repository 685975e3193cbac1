import {
  zoneOffsetMinutes,
  type Holiday,
  type HolidayCreate,
  type HolidayImport,
  type WeeklyHours,
  type WorkingCalendar,
  type WorkingCalendarDto,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import type { WorkingCalendarUpdate } from '@sigap/core';
import type { z } from 'zod';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { CalendarRepository, toCalendarDto } from './calendar.repository';
import { toWeeklyHours } from './calendar.rules';
import { HOLIDAYS_2026 } from './holidays-2026';
import { forgetPemdaSetting } from './setting-cache';

/** The core calendar a service's clocks run on: its hours, the Pemda's zone and holidays. */
export async function loadWorkingCalendar(db: Kysely<Database>, pemdaId: string, calendarId: string): Promise<WorkingCalendar> {
  const repo = new CalendarRepository(db);
  const [row, pemda, holidays] = await Promise.all([
    repo.find(pemdaId, calendarId),
    db.selectFrom('pemda').select('time_zone').where('id', '=', pemdaId).executeTakeFirstOrThrow(),
    repo.holidayDates(pemdaId),
  ]);
  if (!row) throw new ProblemError('resource.not_found');
  return {
    offsetMinutes: zoneOffsetMinutes(pemda.time_zone),
    timeZone: pemda.time_zone,
    weekly: row.weekly_hours as WeeklyHours,
    holidays,
    alwaysOn: row.always_on,
  };
}

/** Office-hours (default) and 24×7 calendars plus the 2026 holidays, for a new Pemda. */
export async function seedCalendars(trx: Kysely<Database>, pemdaId: string) {
  const repo = new CalendarRepository(trx);
  const office = await repo.insert(pemdaId, 'Jam Kerja Kantor', false, true);
  const always = await repo.insert(pemdaId, 'Layanan 24×7', true, false);
  await repo.replaceImported(pemdaId, HOLIDAYS_2026.year, HOLIDAYS_2026.holidays);
  return { officeId: office.id, alwaysOnId: always.id };
}

export class CalendarService {
  constructor(private readonly db: Kysely<Database>) {}

  async listCalendars(ctx: RequestContext): Promise<WorkingCalendarDto[]> {
    return (await new CalendarRepository(this.db).list(ctx.actor.pemdaId)).map(toCalendarDto);
  }

  updateCalendar(ctx: RequestContext, id: string, input: z.infer<typeof WorkingCalendarUpdate>): Promise<WorkingCalendarDto> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId, id);
      if (!before) throw new ProblemError('resource.not_found');
      const weekly = toWeeklyHours(input.weeklyHours);
      if (!input.alwaysOn && !weekly.some((d) => d.length > 0)) {
        throw new ProblemError('validation.failed', [
          { path: 'weeklyHours', message: 'Kalender kerja harus punya setidaknya satu jam kerja.' },
        ]);
      }
      const row = await repo.update(ctx.actor.pemdaId, id, input.version, {
        name: input.name,
        always_on: input.alwaysOn,
        weekly_hours: weekly,
      });
      if (!row) throw new ProblemError('conflict.version');
      const after = toCalendarDto(row);
      forgetPemdaSetting(ctx.actor.pemdaId);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'calendar.update',
        entityType: 'working_calendar',
        entityId: id,
        before: toCalendarDto(before),
        after,
      });
      return after;
    });
  }

  listHolidays(ctx: RequestContext, year: number): Promise<Holiday[]> {
    return new CalendarRepository(this.db).holidaysOfYear(ctx.actor.pemdaId, year);
  }

  async addHoliday(trx: Kysely<Database>, ctx: RequestContext, input: HolidayCreate): Promise<Holiday> {
    const row = await new CalendarRepository(trx).insertHoliday(ctx.actor.pemdaId, { ...input, source: 'local' });
    forgetPemdaSetting(ctx.actor.pemdaId);
    await recordAudit(trx, auditActorOf(ctx), { action: 'holiday.create', entityType: 'holiday', entityId: row.id, after: row });
    return row;
  }

  removeHoliday(ctx: RequestContext, id: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      const row = await new CalendarRepository(trx).deleteHoliday(ctx.actor.pemdaId, id);
      if (!row) throw new ProblemError('resource.not_found');
      forgetPemdaSetting(ctx.actor.pemdaId);
      await recordAudit(trx, auditActorOf(ctx), { action: 'holiday.delete', entityType: 'holiday', entityId: id, before: row });
    });
  }

  importHolidays(ctx: RequestContext, input: HolidayImport): Promise<Holiday[]> {
    const wrongYear = input.holidays.findIndex((h) => !h.date.startsWith(`${input.year}-`));
    if (wrongYear >= 0)
      throw new ProblemError('validation.failed', [
        { path: `holidays.${wrongYear}.date`, message: `Tanggal harus di tahun ${input.year}.` },
      ]);
    return this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      await repo.replaceImported(ctx.actor.pemdaId, input.year, input.holidays);
      forgetPemdaSetting(ctx.actor.pemdaId);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'holiday.import',
        entityType: 'holiday',
        entityId: String(input.year),
        after: { count: input.holidays.length },
      });
      return repo.holidaysOfYear(ctx.actor.pemdaId, input.year);
    });
  }
}
