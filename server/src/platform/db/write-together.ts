import type { Compilable, Kysely } from 'kysely';

/**
 * Runs independent writes (inserts that do not read each other's rows) as one statement of
 * data-modifying CTEs: one round trip instead of one per write. Each query is compiled by
 * Kysely, so its values stay bind parameters; only their numbers are shifted.
 */
export async function writeTogether<DB>(db: Kysely<DB>, writes: (Compilable | null | undefined)[]): Promise<void> {
  const compiled = writes.filter((w): w is Compilable => !!w).map((w) => w.compile());
  const [first] = compiled;
  if (!first) return;
  if (compiled.length === 1) {
    await db.executeQuery(first);
    return;
  }
  const parameters: unknown[] = [];
  const parts = compiled.map((q, i) => {
    const shift = parameters.length;
    parameters.push(...q.parameters);
    // Kysely's PostgreSQL compiler writes values only as $n placeholders.
    const text = q.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + shift}`);
    return `w${i} AS (${text})`;
  });
  await db.executeQuery({ ...first, sql: `WITH ${parts.join(', ')} SELECT 1`, parameters, query: first.query });
}
