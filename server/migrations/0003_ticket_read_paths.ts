import { type Kysely, sql } from 'kysely';

/**
 * Indexes the benchmark called for at 1M tickets (bench/README.md):
 * - newest-first lists of a desk (text search, "all statuses") walk this index and stop at a page;
 * - the yearly per-service report reads one Pemda-year from a covering index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX ticket_desk_reported_idx ON ticket (pemda_id, handling_pd_id, reported_at DESC)`.execute(db);
  await sql`CREATE INDEX ticket_pemda_reported_idx ON ticket (pemda_id, reported_at)
    INCLUDE (service_id, kind, first_response_at, response_due_at, resolved_at, resolution_due_at, fulfilment_due_at, satisfaction, rating)`.execute(
    db,
  );
}
