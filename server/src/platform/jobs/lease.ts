import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/** How long a lease holds without renewal: a crashed holder's job runs again after this. */
const LEASE = sql<Date>`now() + interval '2 minutes'`;
const RENEW_MS = 30_000;

export interface Lease {
  /** Gives the lease up (only if still ours), noting the run it covered, if one ran. */
  release(run: { startedAt: Date; finishedAt: Date } | null): Promise<void>;
}

/**
 * Takes the lease of a job (in a Pemda, or global) if it has lapsed: one statement, so of several
 * processes asking at once exactly one gets it. Null when another holds it. Times are the
 * database's, so hosts with skewed clocks agree. While held it is renewed every 30 s.
 */
export async function takeLease(db: Kysely<Database>, jobName: string, pemdaId: string | null, holder: string): Promise<Lease | null> {
  const taken = await db
    .insertInto('job_lease')
    .values({ job_name: jobName, pemda_id: pemdaId, holder, locked_until: LEASE })
    .onConflict((oc) =>
      oc
        .columns(['job_name', 'pemda_id'])
        .doUpdateSet((eb) => ({ holder: eb.ref('excluded.holder'), locked_until: eb.ref('excluded.locked_until') }))
        .where('job_lease.locked_until', '<=', sql<Date>`now()`),
    )
    .returning('holder')
    .executeTakeFirst();
  if (!taken) return null;

  const ours = () =>
    db
      .updateTable('job_lease')
      .where('job_name', '=', jobName)
      .where('pemda_id', pemdaId === null ? 'is' : '=', pemdaId)
      .where('holder', '=', holder);
  const timer = setInterval(() => {
    // A failed renewal is retried at the next beat; the lease outlives four of them.
    ours()
      .set({ locked_until: LEASE })
      .execute()
      .catch(() => undefined);
  }, RENEW_MS);
  timer.unref();
  return {
    async release(run) {
      clearInterval(timer);
      const times = run ? { last_started_at: run.startedAt, last_finished_at: run.finishedAt } : {};
      await ours()
        .set({ locked_until: sql<Date>`now()`, ...times })
        .execute();
    },
  };
}
