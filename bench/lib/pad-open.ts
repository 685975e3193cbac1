import { type Kysely, sql } from 'kysely';
import type { Database } from '../../server/src/platform/db/schema';

const PAD_PREFIX = 'PAD-';

/**
 * Adds `count` open, not yet due tickets (copies of closed ones, reopened with due times in the
 * coming days), so the escalation job can be timed over a backlog of a given size. Numbers
 * start with PAD- and removePadding() deletes them again.
 */
export async function padOpenTickets(db: Kysely<Database>, count: number): Promise<number> {
  if (count <= 0) return 0;
  const columns = (
    await sql<{
      column_name: string;
    }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'ticket' AND table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY ordinal_position`.execute(
      db,
    )
  ).rows.map((r) => r.column_name);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  return db.transaction().execute(async (trx) => {
    await sql`CREATE TEMP TABLE pad ON COMMIT DROP AS SELECT * FROM ticket WHERE closed_at IS NOT NULL LIMIT ${count}`.execute(trx);
    await sql`UPDATE pad SET id = gen_random_uuid(), number = ${PAD_PREFIX} || substr(md5(random()::text), 1, 16), status = 'in_progress',
        resolved_at = NULL, closed_at = NULL, confirmed_at = NULL, satisfaction = NULL, rating = NULL, feedback = NULL,
        paused_since = NULL, auto_close_at = NULL, approval = NULL, escalation_level = 0, version = 1, tracking_code = NULL,
        reported_at = now() - random() * interval '2 days', fulfilment_due_at = NULL,
        escalate_at = now() + interval '1 hour' + random() * interval '7 days'`.execute(trx);
    await sql`UPDATE pad SET response_due_at = escalate_at, resolution_due_at = escalate_at + interval '1 day'`.execute(trx);
    const r = await sql`INSERT INTO ticket (${list}) SELECT ${list} FROM pad`.execute(trx);
    return Number(r.numAffectedRows ?? 0);
  });
}

export async function removePadding(db: Kysely<Database>): Promise<void> {
  await sql`DELETE FROM ticket WHERE number LIKE ${`${PAD_PREFIX}%`}`.execute(db);
}
