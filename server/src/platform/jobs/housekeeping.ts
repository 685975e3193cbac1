import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

const HOUR_MS = 60 * 60 * 1000;
/** Login attempts are kept a day: long enough for rate limiting and for an admin to look. */
const LOGIN_ATTEMPT_RETENTION_MS = 24 * HOUR_MS;

export async function purgeExpired(db: Kysely<Database>, now = new Date()) {
  await db.deleteFrom('session').where('expires_at', '<', now).execute();
  await db.deleteFrom('login_attempt').where('attempted_at', '<', new Date(now.getTime() - LOGIN_ATTEMPT_RETENTION_MS)).execute();
}

/** Runs housekeeping now and hourly; idempotent, so several processes may run it. */
export function startHousekeeping(db: Kysely<Database>, onError: (error: unknown) => void): () => void {
  const run = () => purgeExpired(db).catch(onError);
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
