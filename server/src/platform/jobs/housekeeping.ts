import { type Kysely, sql } from 'kysely';
import type { Engine } from '../db/engine';
import type { Database } from '../db/schema';

const HOUR_MS = 60 * 60 * 1000;
/** Login attempts are kept a day: long enough for rate limiting and for an admin to look. */
const LOGIN_ATTEMPT_RETENTION_MS = 24 * HOUR_MS;

export async function purgeExpired(db: Kysely<Database>, now = new Date()) {
  await db.deleteFrom('session').where('expires_at', '<', now).execute();
  await db
    .deleteFrom('login_attempt')
    .where('attempted_at', '<', new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS))
    .execute();
}

/**
 * PGlite has no autovacuum: without this its tables would keep every dead row version, and the
 * visibility map that lets the queue read its indexes alone would never be set again. Vacuum
 * reads only the pages changed since the last one; PostgreSQL's autovacuum does this by itself.
 */
export async function vacuumEmbedded(db: Kysely<Database>, engine: Engine) {
  if (engine === 'pglite') await sql`VACUUM (ANALYZE)`.execute(db);
}

/** Runs housekeeping now and hourly; idempotent, so several processes may run it. */
export function startHousekeeping(db: Kysely<Database>, engine: Engine, onError: (error: unknown) => void): () => void {
  const run = () =>
    purgeExpired(db)
      .then(() => vacuumEmbedded(db, engine))
      .catch(onError);
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
