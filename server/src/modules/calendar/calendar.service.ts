import {
  clockMinutes,
  zoneOffsetMinutes,
  type Holiday,
  type HolidayCreate,
  type HolidayImport,
  type WorkingCalendar,
  type WorkingCalendarCreate,
  type WorkingCalendarDto,
  type WorkingCalendarUpdate,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { type CalendarValues, CalendarRepository, toCalendarDto } from './calendar.repository';
import { StoredPeriods, StoredWeeklyHours, toStoredPeriods, toWeeklyHours } from './calendar.rules';
import { HOLIDAYS_2026 } from './holidays-2026';

/** The core calendar a service's clocks run on: its hours and periods, the Pemda's zone and (unless it works through them) holidays. */
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
    weekly: StoredWeeklyHours.parse(row.weekly_hours),
    holidays: row.observes_holidays ? holidays.days : new Set(),
    partDays: row.observes_holidays ? holidays.partDays : new Map(),
    periods: StoredPeriods.parse(row.periods).map((p) => ({ from: p.from, to: p.to, weekly: p.weeklyHours })),
    alwaysOn: row.always_on,
  };
}

/** Office-hours (default) and 24×7 calendars plus the 2026 holidays, for a new Pemda. */
export async function seedCalendars(trx: Kysely<Database>, pemdaId: string) {
  const repo = new CalendarRepository(trx);
  const office = await repo.insertDefault(pemdaId, 'Jam Kerja Kantor', false, true);
  const always = await repo.insertDefault(pemdaId, 'Layanan 24×7', true, false);
  await repo.replaceImported(pemdaId, HOLIDAYS_2026.year, HOLIDAYS_2026.holidays);
  return { officeId: office.id, alwaysOnId: always.id };
}

function valuesOf(input: WorkingCalendarCreate): CalendarValues {
  return {
    name: input.name,
    always_on: input.alwaysOn,
    observes_holidays: input.observesHolidays,
    weekly_hours: toWeeklyHours(input.weeklyHours),
    periods: toStoredPeriods(input.periods),
  };
}

/**
 * Calendars and holidays. The ticket setting caches of every process see each write at once:
 * triggers raise the Pemda's settings version in the writing transaction (migration 0015).
 */
export class CalendarService {
  constructor(private readonly db: Kysely<Database>) {}

  async listCalendars(ctx: RequestContext): Promise<WorkingCalendarDto[]> {
    return (await new CalendarRepository(this.db).list(ctx.actor.pemdaId)).map(toCalendarDto);
  }

  /** Runs inside the caller's transaction (shared with the idempotency key). */
  async createCalendar(trx: Kysely<Database>, ctx: RequestContext, input: WorkingCalendarCreate): Promise<WorkingCalendarDto> {
    const after = toCalendarDto(await new CalendarRepository(trx).insert(ctx.actor.pemdaId, valuesOf(input)));
    await recordAudit(trx, auditActorOf(ctx), { action: 'calendar.create', entityType: 'working_calendar', entityId: after.id, after });
    return after;
  }

  updateCalendar(ctx: RequestContext, id: string, input: WorkingCalendarUpdate): Promise<WorkingCalendarDto> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId, id);
      if (!before) throw new ProblemError('resource.not_found');
      const row = await repo.update(ctx.actor.pemdaId, id, input.version, valuesOf(input));
      if (!row) throw new ProblemError('conflict.version');
      const services = await repo.countServices(ctx.actor.pemdaId, id);
      const after = toCalendarDto({ ...row, service_count: services });
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'calendar.update',
        entityType: 'working_calendar',
        entityId: id,
        before: toCalendarDto({ ...before, service_count: services }),
        after,
      });
      return after;
    });
  }

  deleteCalendar(ctx: RequestContext, id: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId, id);
      if (!before) throw new ProblemError('resource.not_found');
      if (before.is_default) throw new ProblemError('calendar.is_default');
      if ((await repo.countServices(ctx.actor.pemdaId, id)) > 0) throw new ProblemError('calendar.in_use');
      await repo.delete(ctx.actor.pemdaId, id);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'calendar.delete',
        entityType: 'working_calendar',
        entityId: id,
        before: toCalendarDto(before),
      });
    });
  }

  listHolidays(ctx: RequestContext, year: number): Promise<Holiday[]> {
    return new CalendarRepository(this.db).holidaysOfYear(ctx.actor.pemdaId, year);
  }

  /** Runs inside the caller's transaction (shared with the idempotency key). */
  async addHoliday(trx: Kysely<Database>, ctx: RequestContext, input: HolidayCreate): Promise<Holiday> {
    const row = await new CalendarRepository(trx).insertHoliday(ctx.actor.pemdaId, {
      date: input.date,
      name: input.name,
      kind: input.kind,
      source: 'local',
      off_start: input.offHours ? clockMinutes(input.offHours.start) : null,
      off_end: input.offHours ? clockMinutes(input.offHours.end) : null,
    });
    await recordAudit(trx, auditActorOf(ctx), { action: 'holiday.create', entityType: 'holiday', entityId: row.id, after: row });
    return row;
  }

  removeHoliday(ctx: RequestContext, id: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      const row = await new CalendarRepository(trx).deleteHoliday(ctx.actor.pemdaId, id);
      if (!row) throw new ProblemError('resource.not_found');
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
