import { type Kysely, sql } from 'kysely';
import type { Engine } from '../db/engine';
import type { Database } from '../db/schema';
import { pruneRuns } from './run-log';

const HOUR_MS = 60 * 60 * 1000;
/** Login attempts are kept a day: long enough for rate limiting and for an admin to look. */
const LOGIN_ATTEMPT_RETENTION_MS = 24 * HOUR_MS;

export async function purgeExpired(db: Kysely<Database>, now = new Date()): Promise<{ sessions: number; loginAttempts: number }> {
  const sessions = await db.deleteFrom('session').where('expires_at', '<', now).executeTakeFirst();
  const operatorSessions = await db.deleteFrom('operator_session').where('expires_at', '<', now).executeTakeFirst();
  const loginAttempts = await db
    .deleteFrom('login_attempt')
    .where('attempted_at', '<', new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS))
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows) + Number(operatorSessions.numDeletedRows),
    loginAttempts: Number(loginAttempts.numDeletedRows),
  };
}

/**
 * PGlite has no autovacuum: without this its tables would keep every dead row version, and the
 * visibility map that lets the queue read its indexes alone would never be set again. Vacuum
 * reads only the pages changed since the last one; PostgreSQL's autovacuum does this by itself.
 */
export async function vacuumEmbedded(db: Kysely<Database>, engine: Engine) {
  if (engine === 'pglite') await sql`VACUUM (ANALYZE)`.execute(db);
}

/** Expired sessions, old login attempts and job runs, then a vacuum on the embedded engine. */
export async function housekeeping(db: Kysely<Database>, engine: Engine, now = new Date()) {
  const purged = await purgeExpired(db, now);
  const jobRuns = await pruneRuns(db, now);
  await vacuumEmbedded(db, engine);
  return { ...purged, jobRuns };
}
