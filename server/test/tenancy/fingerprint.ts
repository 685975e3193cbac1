import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/platform/db/schema';

/**
 * The tables a refused request must leave as they were. Not here: sessions and login attempts
 * (signing in writes them), number counters (allocated before a create's transaction, by
 * design), idempotency keys, and the audit log (chained after commit by a timer).
 */
const TABLES = [
  'pemda',
  'perangkat_daerah',
  'app_user',
  'role_assignment',
  'working_calendar',
  'holiday',
  'service',
  'service_staff',
  'service_request_type',
  'record',
  'ticket',
  'problem',
  'record_event',
  'record_attachment',
  'record_link',
  'record_watcher',
  'approval',
  'approval_decision',
  'notification',
] as const;

/** Every row of those tables, hashed per table: equal fingerprints mean nothing changed. */
export async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ f: string }>`
      SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f
      FROM ${sql.table(table)} AS t`.execute(db);
    result[table] = rows[0]?.f ?? '';
  }
  return result;
}
