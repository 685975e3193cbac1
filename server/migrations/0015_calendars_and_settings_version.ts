import { type Kysely, sql } from 'kysely';

/**
 * Calendars a Pemda shapes itself (issue 17, items 4 and 9).
 *
 * - `working_calendar.periods`: date ranges with their own weekly hours (Ramadan); and
 *   `observes_holidays`, off for a calendar that works through holidays (a hospital's 24×5).
 * - `holiday.off_start`/`off_end`: a half day, the minutes after local midnight that are off;
 *   both null for a whole day off.
 * - `pemda.settings_version`: raised by triggers in the transaction of every write that changes
 *   what a ticket's clocks are computed from — the Pemda's zone, its calendars, holidays and
 *   policy, and a service's calendar — whoever writes it. Every process's setting cache
 *   (modules/calendar/setting-cache.ts) reads it with the ticket's service and drops what it
 *   holds for an older version, so a change counts from the next ticket on, on every process
 *   and host, on PostgreSQL and PGlite alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE pemda ADD COLUMN settings_version integer NOT NULL DEFAULT 0`,
    sql`ALTER TABLE working_calendar ADD COLUMN observes_holidays boolean NOT NULL DEFAULT true`,
    sql`ALTER TABLE working_calendar ADD COLUMN periods jsonb NOT NULL DEFAULT '[]'`,
    sql`ALTER TABLE holiday ADD COLUMN off_start smallint`,
    sql`ALTER TABLE holiday ADD COLUMN off_end smallint`,
    sql`ALTER TABLE holiday ADD CONSTRAINT holiday_off_hours CHECK (
      (off_start IS NULL AND off_end IS NULL) OR (off_start >= 0 AND off_start < off_end AND off_end <= 1440)
    )`,

    sql`CREATE FUNCTION pemda_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          UPDATE pemda SET settings_version = settings_version + 1 WHERE id = OLD.pemda_id;
        ELSE
          UPDATE pemda SET settings_version = settings_version + 1 WHERE id = NEW.pemda_id;
        END IF;
        RETURN NULL;
      END $$`,
    sql`CREATE TRIGGER working_calendar_settings_changed AFTER INSERT OR UPDATE OR DELETE ON working_calendar
      FOR EACH ROW EXECUTE FUNCTION pemda_settings_changed()`,
    sql`CREATE TRIGGER holiday_settings_changed AFTER INSERT OR UPDATE OR DELETE ON holiday
      FOR EACH ROW EXECUTE FUNCTION pemda_settings_changed()`,
    sql`CREATE TRIGGER service_desk_policy_settings_changed AFTER INSERT OR UPDATE OR DELETE ON service_desk_policy
      FOR EACH ROW EXECUTE FUNCTION pemda_settings_changed()`,
    sql`CREATE TRIGGER service_calendar_settings_changed AFTER UPDATE OF calendar_id ON service
      FOR EACH ROW WHEN (OLD.calendar_id IS DISTINCT FROM NEW.calendar_id) EXECUTE FUNCTION pemda_settings_changed()`,
    sql`CREATE FUNCTION pemda_zone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.settings_version := OLD.settings_version + 1;
        RETURN NEW;
      END $$`,
    sql`CREATE TRIGGER pemda_zone_changed BEFORE UPDATE OF time_zone ON pemda
      FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION pemda_zone_changed()`,
  ];
  for (const statement of statements) await statement.execute(db);
}
