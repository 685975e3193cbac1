import { type Kysely, sql } from 'kysely';

/**
 * Removing a ticket checks the notifications that point at it; without an index that check read
 * the whole notification table once per ticket (minutes for a bulk delete at benchmark scale).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX notification_ticket_idx ON notification (ticket_id) WHERE ticket_id IS NOT NULL`.execute(db);
}
