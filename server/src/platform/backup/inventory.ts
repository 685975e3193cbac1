import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';

/** What a backup records of its database, and what a restore checks again. */
export interface Inventory {
  serverVersion: string;
  migrations: string[];
  counts: Record<string, number>;
  attachments: StoredAttachment[];
}

export interface StoredAttachment {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

export async function takeInventory(db: Kysely<Database>): Promise<Inventory> {
  const version = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db);
  const migrations = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  const attachments = await db
    .selectFrom('record_attachment')
    .select(['storage_key', 'sha256', 'size_bytes'])
    .orderBy('storage_key')
    .execute();
  return {
    serverVersion: version.rows[0]?.v ?? 'unknown',
    migrations: migrations.rows.map((r) => r.name),
    counts: await countRows(db),
    attachments: attachments.map((a) => ({ storageKey: a.storage_key, sha256: a.sha256, sizeBytes: a.size_bytes })),
  };
}

/** The exact number of rows in every table of the public schema, by table name. */
export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.id('public', name)}`.execute(db);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

/** Whether the database holds any table, view or sequence of its own (a restore's target must not). */
export async function hasOwnRelations(db: Kysely<Database>): Promise<boolean> {
  const result = await sql<{ n: number }>`
    SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`.execute(db);
  return (result.rows[0]?.n ?? 0) > 0;
}

/** The counts that differ between what the manifest says and what the database holds. */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.flatMap((name) => {
    const want = expected[name];
    const got = actual[name];
    if (want === got) return [];
    if (want === undefined) return [`${name}: a table the backup does not have (${String(got)} rows)`];
    if (got === undefined) return [`${name}: missing (the backup has ${want} rows)`];
    return [`${name}: ${got} rows, the backup has ${want}`];
  });
}
