import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { purgeExpired, vacuumEmbedded } from './housekeeping';
import { pruneRuns } from './run-log';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('housekeeping', () => {
  it('purges expired sessions and old login attempts, and leaves current ones', async () => {
    const user = await t.handle.db.selectFrom('app_user').select(['id', 'pemda_id']).limit(1).executeTakeFirstOrThrow();
    const now = new Date();
    const session = (id: string, expiresAt: Date) => ({
      id,
      user_id: user.id,
      pemda_id: user.pemda_id,
      csrf_token: 'x',
      ip: '127.0.0.1',
      user_agent: null,
      last_seen_at: now,
      expires_at: expiresAt,
    });
    await t.handle.db
      .insertInto('session')
      .values([session('hk-expired', new Date(now.getTime() - 1000)), session('hk-current', new Date(now.getTime() + 3_600_000))])
      .execute();
    await purgeExpired(t.handle.db, now);
    const left = (await t.handle.db.selectFrom('session').select('id').where('id', 'in', ['hk-expired', 'hk-current']).execute()).map(
      (s) => s.id,
    );
    expect(left).toEqual(['hk-current']);
  });

  it('prunes job runs older than 90 days', async () => {
    const now = new Date();
    const run = (startedAt: Date) => ({
      job_name: 'hk-test',
      started_at: startedAt,
      finished_at: startedAt,
      outcome: 'succeeded' as const,
      host: 'test',
      pid: 1,
    });
    await t.handle.db
      .insertInto('job_run')
      .values([run(new Date(now.getTime() - 91 * 86_400_000)), run(new Date(now.getTime() - 89 * 86_400_000))])
      .execute();
    expect(await pruneRuns(t.handle.db, now)).toBe(1);
    const left = await t.handle.db.selectFrom('job_run').select('started_at').where('job_name', '=', 'hk-test').execute();
    expect(left).toHaveLength(1);
  });

  it('vacuums the embedded engine, which has no autovacuum, and leaves PostgreSQL to its own', async () => {
    const before = await lastVacuum();
    await vacuumEmbedded(t.handle.db, t.handle.engine);
    const after = await lastVacuum();
    if (t.handle.engine === 'pglite') expect(after).not.toEqual(before);
    else expect(after).toEqual(before);
  });
});

async function lastVacuum() {
  const row = await sql<{ at: Date | null }>`SELECT last_vacuum AS at FROM pg_stat_user_tables WHERE relname = 'ticket'`.execute(
    t.handle.db,
  );
  return row.rows[0]?.at ?? null;
}
