import type { Holiday, WorkingCalendarDto } from '@sigap/core';
import { DEFAULT_WEEKLY_HOURS, type WeeklyHours } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import type { Database, WorkingCalendarRow } from '../../platform/db/schema';
import { toWeeklyHoursInput } from './calendar.rules';

export function toCalendarDto(row: WorkingCalendarRow): WorkingCalendarDto {
  return {
    id: row.id,
    name: row.name,
    alwaysOn: row.always_on,
    isDefault: row.is_default,
    weeklyHours: toWeeklyHoursInput(row.weekly_hours as WeeklyHours),
    version: row.version,
  };
}

export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(pemdaId: string) {
    return this.db
      .selectFrom('working_calendar')
      .selectAll()
      .where('pemda_id', '=', pemdaId)
      .orderBy('is_default', 'desc')
      .orderBy('name')
      .execute();
  }

  find(pemdaId: string, id: string) {
    return this.db.selectFrom('working_calendar').selectAll().where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }

  insert(pemdaId: string, name: string, alwaysOn: boolean, isDefault: boolean, weekly: WeeklyHours = DEFAULT_WEEKLY_HOURS) {
    return this.db
      .insertInto('working_calendar')
      .values({ pemda_id: pemdaId, name, always_on: alwaysOn, is_default: isDefault, weekly_hours: JSON.stringify(weekly) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  update(pemdaId: string, id: string, version: number, values: { name: string; always_on: boolean; weekly_hours: WeeklyHours }) {
    return this.db
      .updateTable('working_calendar')
      .set({
        name: values.name,
        always_on: values.always_on,
        weekly_hours: JSON.stringify(values.weekly_hours),
        version: version + 1,
        updated_at: new Date(),
      })
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async holidaysOfYear(pemdaId: string, year: number): Promise<Holiday[]> {
    const rows = await this.db
      .selectFrom('holiday')
      .select(['id', 'date', 'name', 'kind', 'source'])
      .where('pemda_id', '=', pemdaId)
      .where(sql<boolean>`extract(year from date) = ${year}`)
      .orderBy('date')
      .orderBy('kind')
      .execute();
    return rows;
  }

  /** Every holiday date of the Pemda (a few dozen a year). */
  async holidayDates(pemdaId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('holiday').select('date').where('pemda_id', '=', pemdaId).execute();
    return new Set(rows.map((r) => r.date));
  }

  insertHoliday(pemdaId: string, h: { date: string; name: string; kind: Holiday['kind']; source: Holiday['source'] }) {
    return this.db
      .insertInto('holiday')
      .values({ pemda_id: pemdaId, ...h })
      .returning(['id', 'date', 'name', 'kind', 'source'])
      .executeTakeFirstOrThrow();
  }

  deleteHoliday(pemdaId: string, id: string) {
    return this.db
      .deleteFrom('holiday')
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .returning(['id', 'date', 'name', 'kind', 'source'])
      .executeTakeFirst();
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
