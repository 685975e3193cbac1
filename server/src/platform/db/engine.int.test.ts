import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from './engine';

const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.SIGAP_TEST_ENGINE === 'postgres' && url !== undefined;

describe.skipIf(!onPostgres)('the PostgreSQL pool', () => {
  it('keeps an idle connection for ten minutes (pg lets it go after ten seconds), then closes it', async () => {
    // Only the pool's idle timer is faked: sockets, promises and setImmediate stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const handle = await openDatabase({ databaseUrl: url, poolSize: 1 });
    try {
      const backend = async () => {
        const [row] = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db)).rows;
        if (!row) throw new Error('no backend pid');
        return row.pid;
      };
      const first = await backend();
      vi.advanceTimersByTime(9 * 60_000);
      expect(await backend()).toBe(first);
      vi.advanceTimersByTime(10 * 60_000 + 1);
      expect(await backend()).not.toBe(first);
    } finally {
      vi.useRealTimers();
      await handle.close();
    }
  });
});
