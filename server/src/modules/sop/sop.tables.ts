import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** A Pemda's Bantul SOP time standards (migration 0018); none until it changes the SOP's own. */
export type SopSettingTable = {
  pemda_id: string;
  standards: unknown;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string | null;
};

export type SopTables = {
  sop_setting: SopSettingTable;
};

/** The module's view of the database: the shared tables and its own. */
export const sopDb = (db: Kysely<Database>) => db.withTables<SopTables>();
