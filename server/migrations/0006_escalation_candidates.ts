import { type Kysely, sql } from 'kysely';

/**
 * The escalation job's candidates, exactly: unresolved, running tickets not yet at the level.
 * A ticket leaves each index when it is raised, so a run reads only what is due now instead of
 * every overdue ticket already escalated (at 1M tickets the old indexes made each minute's run
 * walk ~45k overdue rows to find none).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX ticket_warn_candidate_idx ON ticket (escalate_at)
    WHERE resolved_at IS NULL AND closed_at IS NULL AND paused_since IS NULL AND status <> 'awaiting_approval' AND escalation_level < 2`.execute(
    db,
  );
  await sql`CREATE INDEX ticket_breach_candidate_idx ON ticket ((coalesce(fulfilment_due_at, resolution_due_at)))
    WHERE resolved_at IS NULL AND closed_at IS NULL AND paused_since IS NULL AND status <> 'awaiting_approval' AND escalation_level < 3`.execute(
    db,
  );
  await sql`DROP INDEX ticket_escalate_idx`.execute(db);
  await sql`DROP INDEX ticket_breach_idx`.execute(db);
}
