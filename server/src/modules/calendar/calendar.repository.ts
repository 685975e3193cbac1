import type { Holiday, WorkingCalendarDto } from '@sigap/core';
import { DEFAULT_WEEKLY_HOURS, type WeeklyHours } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import type { Database, WorkingCalendarRow } from '../../platform/db/schema';
import { StoredPeriods, StoredWeeklyHours, offHoursOf, toWeeklyHoursInput } from './calendar.rules';

export function toCalendarDto(row: WorkingCalendarRow & { service_count?: number }): WorkingCalendarDto {
  return {
    id: row.id,
    name: row.name,
    alwaysOn: row.always_on,
    isDefault: row.is_default,
    observesHolidays: row.observes_holidays,
    weeklyHours: toWeeklyHoursInput(StoredWeeklyHours.parse(row.weekly_hours)),
    periods: StoredPeriods.parse(row.periods).map((p) => ({ ...p, weeklyHours: toWeeklyHoursInput(p.weeklyHours) })),
    serviceCount: row.service_count ?? 0,
    version: row.version,
  };
}

type HolidayRow = {
  id: string;
  date: string;
  name: string;
  kind: Holiday['kind'];
  source: Holiday['source'];
  off_start: number | null;
  off_end: number | null;
};
const HOLIDAY_COLUMNS = ['id', 'date', 'name', 'kind', 'source', 'off_start', 'off_end'] as const;

export function toHoliday(row: HolidayRow): Holiday {
  return { id: row.id, date: row.date, name: row.name, kind: row.kind, source: row.source, offHours: offHoursOf(row) };
}

export interface CalendarValues {
  name: string;
  always_on: boolean;
  observes_holidays: boolean;
  weekly_hours: WeeklyHours;
  periods: StoredPeriods;
}

export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(pemdaId: string) {
    return this.db
      .selectFrom('working_calendar as c')
      .selectAll('c')
      .select((eb) =>
        eb
          .selectFrom('service as s')
          .whereRef('s.calendar_id', '=', 'c.id')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('service_count'),
      )
      .where('c.pemda_id', '=', pemdaId)
      .orderBy('c.is_default', 'desc')
      .orderBy('c.name')
      .execute()
      .then((rows) => rows.map((r) => ({ ...r, service_count: r.service_count ?? 0 })));
  }

  find(pemdaId: string, id: string) {
    return this.db.selectFrom('working_calendar').selectAll().where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }

  countServices(pemdaId: string, id: string) {
    return this.db
      .selectFrom('service')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('pemda_id', '=', pemdaId)
      .where('calendar_id', '=', id)
      .executeTakeFirstOrThrow()
      .then((r) => r.n);
  }

  insert(pemdaId: string, values: CalendarValues, isDefault = false) {
    return this.db
      .insertInto('working_calendar')
      .values({
        pemda_id: pemdaId,
        name: values.name,
        always_on: values.always_on,
        observes_holidays: values.observes_holidays,
        is_default: isDefault,
        weekly_hours: JSON.stringify(values.weekly_hours),
        periods: JSON.stringify(values.periods),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The office-hours pattern of SPEC §11, for a new Pemda. */
  insertDefault(pemdaId: string, name: string, alwaysOn: boolean, isDefault: boolean) {
    return this.insert(
      pemdaId,
      { name, always_on: alwaysOn, observes_holidays: true, weekly_hours: DEFAULT_WEEKLY_HOURS, periods: [] },
      isDefault,
    );
  }

  update(pemdaId: string, id: string, version: number, values: CalendarValues) {
    return this.db
      .updateTable('working_calendar')
      .set({
        name: values.name,
        always_on: values.always_on,
        observes_holidays: values.observes_holidays,
        weekly_hours: JSON.stringify(values.weekly_hours),
        periods: JSON.stringify(values.periods),
        version: version + 1,
        updated_at: new Date(),
      })
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  delete(pemdaId: string, id: string) {
    return this.db.deleteFrom('working_calendar').where('pemda_id', '=', pemdaId).where('id', '=', id).returningAll().executeTakeFirst();
  }

  async holidaysOfYear(pemdaId: string, year: number): Promise<Holiday[]> {
    const rows = await this.db
      .selectFrom('holiday')
      .select(HOLIDAY_COLUMNS)
      .where('pemda_id', '=', pemdaId)
      .where(sql<boolean>`extract(year from date) = ${year}`)
      .orderBy('date')
      .orderBy('kind')
      .execute();
    return rows.map(toHoliday);
  }

  /** Every holiday of the Pemda (a few dozen a year): whole days off, and half days' hours off. */
  async holidayDates(pemdaId: string): Promise<{ days: Set<string>; partDays: Map<string, { start: number; end: number }> }> {
    const rows = await this.db.selectFrom('holiday').select(['date', 'off_start', 'off_end']).where('pemda_id', '=', pemdaId).execute();
    const days = new Set<string>();
    const partDays = new Map<string, { start: number; end: number }>();
    for (const r of rows) {
      if (r.off_start === null || r.off_end === null) days.add(r.date);
      else {
        // Two half days on one date: the off time is the span of both.
        const other = partDays.get(r.date);
        partDays.set(
          r.date,
          other
            ? { start: Math.min(other.start, r.off_start), end: Math.max(other.end, r.off_end) }
            : { start: r.off_start, end: r.off_end },
        );
      }
    }
    return { days, partDays };
  }

  async insertHoliday(
    pemdaId: string,
    h: { date: string; name: string; kind: Holiday['kind']; source: Holiday['source']; off_start: number | null; off_end: number | null },
  ) {
    return toHoliday(
      await this.db
        .insertInto('holiday')
        .values({ pemda_id: pemdaId, ...h })
        .returning(HOLIDAY_COLUMNS)
        .executeTakeFirstOrThrow(),
    );
  }

  async deleteHoliday(pemdaId: string, id: string) {
    const row = await this.db
      .deleteFrom('holiday')
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .returning(HOLIDAY_COLUMNS)
      .executeTakeFirst();
    return row && toHoliday(row);
  }

  /** Replaces a year's imported entries; local (regional or hand-added) ones stay. */
  async replaceImported(pemdaId: string, year: number, holidays: { date: string; name: string; kind: 'nasional' | 'cuti_bersama' }[]) {
    await this.db
      .deleteFrom('holiday')
      .where('pemda_id', '=', pemdaId)
      .where('source', '=', 'import')
      .where(sql<boolean>`extract(year from date) = ${year}`)
      .execute();
    if (holidays.length === 0) return;
    await this.db
      .insertInto('holiday')
      .values(holidays.map((h) => ({ pemda_id: pemdaId, date: h.date, name: h.name, kind: h.kind, source: 'import' as const })))
      .onConflict((oc) => oc.columns(['pemda_id', 'date', 'kind']).doNothing())
      .execute();
  }
}
