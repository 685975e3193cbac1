import { type Kysely, sql } from 'kysely';

/**
 * The desk queue's filters (priority, status, kind, tier, line, assignee) ride along in its
 * index, so a filtered queue and its count are read from the index instead of the table.
 * The Pemda-wide full-text index goes: the desk-scoped one also answers Pemda-wide searches,
 * and a second GIN index made every ticket insert and edit dearer.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX ticket_desk_queue_idx ON ticket (pemda_id, handling_pd_id, resolution_due_at)
    INCLUDE (priority, status, kind, tier, support_line, assignee_id) WHERE closed_at IS NULL`.execute(db);
  await sql`DROP INDEX ticket_queue_idx`.execute(db);
  await sql`DROP INDEX ticket_pemda_search_idx`.execute(db);
}
