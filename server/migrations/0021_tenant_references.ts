import { type Kysely, sql } from 'kysely';

/**
 * Every reference between two tenant rows names the Pemda on both sides, so the database itself
 * refuses a ticket whose reporter PD, service, assignee or request type belongs to another Pemda
 * (and likewise a user's PD, a role's PD, a service's provider or calendar, a timeline entry's
 * actor, …). Before this, only the code kept them apart, and one route did not.
 *
 * Each single-column foreign key to a table that carries `pemda_id` becomes a composite one on
 * `(pemda_id, column)` → `(pemda_id, id)`; its ON DELETE action is kept. `service_staff` gains the
 * `pemda_id` it lacked (from its service). The new keys are added NOT VALID and then validated,
 * which checks existing rows without blocking writes to a large ticket table meanwhile.
 * `server/test/tenant-references.int.test.ts` fails when a later migration adds a reference that
 * does not name the Pemda.
 */
const REFERENCES: readonly { table: string; column: string; target: string; onDelete?: 'CASCADE' }[] = [
  { table: 'perangkat_daerah', column: 'parent_id', target: 'perangkat_daerah' },
  { table: 'app_user', column: 'perangkat_daerah_id', target: 'perangkat_daerah' },
  { table: 'role_assignment', column: 'user_id', target: 'app_user', onDelete: 'CASCADE' },
  { table: 'role_assignment', column: 'perangkat_daerah_id', target: 'perangkat_daerah' },
  { table: 'session', column: 'user_id', target: 'app_user', onDelete: 'CASCADE' },
  { table: 'notification', column: 'user_id', target: 'app_user', onDelete: 'CASCADE' },
  { table: 'service', column: 'provider_pd_id', target: 'perangkat_daerah' },
  { table: 'service', column: 'calendar_id', target: 'working_calendar' },
  { table: 'service_request_type', column: 'service_id', target: 'service', onDelete: 'CASCADE' },
  { table: 'service_staff', column: 'service_id', target: 'service', onDelete: 'CASCADE' },
  { table: 'service_staff', column: 'user_id', target: 'app_user' },
  { table: 'ticket', column: 'service_id', target: 'service' },
  { table: 'ticket', column: 'request_type_id', target: 'service_request_type' },
  { table: 'ticket', column: 'reporter_user_id', target: 'app_user' },
  { table: 'ticket', column: 'reporter_pd_id', target: 'perangkat_daerah' },
  { table: 'ticket', column: 'recorded_by', target: 'app_user' },
  { table: 'ticket', column: 'handling_pd_id', target: 'perangkat_daerah' },
  { table: 'ticket', column: 'assignee_id', target: 'app_user' },
  { table: 'record_event', column: 'actor_id', target: 'app_user' },
  { table: 'record_attachment', column: 'uploaded_by', target: 'app_user' },
  { table: 'approval_decision', column: 'signing_key_id', target: 'user_signing_key' },
];

/** Targets that had only `id` unique; a composite key needs `(pemda_id, id)` unique too. */
const NEW_TARGET_KEYS = ['working_calendar', 'service_request_type', 'user_signing_key'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE service_staff ADD COLUMN pemda_id uuid`.execute(db);
  await sql`UPDATE service_staff st SET pemda_id = s.pemda_id FROM service s WHERE s.id = st.service_id`.execute(db);
  await sql`ALTER TABLE service_staff ALTER COLUMN pemda_id SET NOT NULL`.execute(db);
  await sql`ALTER TABLE service_staff ADD CONSTRAINT service_staff_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES pemda(id)`.execute(db);

  for (const table of NEW_TARGET_KEYS) {
    await sql`ALTER TABLE ${sql.table(table)} ADD CONSTRAINT ${sql.ref(`${table}_pemda_id_id_uq`)} UNIQUE (pemda_id, id)`.execute(db);
  }

  for (const { table, column, target, onDelete } of REFERENCES) {
    const name = `${table}_${column}_pemda_fkey`;
    const action = onDelete === 'CASCADE' ? sql`ON DELETE CASCADE` : sql``;
    await sql`ALTER TABLE ${sql.table(table)}
      ADD CONSTRAINT ${sql.ref(name)} FOREIGN KEY (pemda_id, ${sql.ref(column)})
      REFERENCES ${sql.table(target)} (pemda_id, id) ${action} NOT VALID`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} VALIDATE CONSTRAINT ${sql.ref(name)}`.execute(db);
    await dropSingleColumnKey(db, table, column);
  }
}

/** The old foreign key on the column alone (its name differs where a table was renamed). */
async function dropSingleColumnKey(db: Kysely<unknown>, table: string, column: string): Promise<void> {
  const { rows } = await sql<{ conname: string }>`
    SELECT c.conname FROM pg_constraint c
    WHERE c.contype = 'f' AND c.conrelid = ${table}::regclass AND cardinality(c.conkey) = 1
      AND c.conkey[1] = (SELECT attnum FROM pg_attribute WHERE attrelid = ${table}::regclass AND attname = ${column})`.execute(db);
  for (const { conname } of rows) await sql`ALTER TABLE ${sql.table(table)} DROP CONSTRAINT ${sql.ref(conname)}`.execute(db);
}
