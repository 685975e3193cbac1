import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Kysely, PostgresDialect, type PostgresCursor, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock';
import type { Database } from './schema';
import { parseTimestamptz } from './timestamptz';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** The connection pool's state now (the metrics report it). */
  poolStats: () => PoolStats;
  /** The embedded engine's data directory as one gzipped tar (PGlite only; the backup uses it). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface PoolStats {
  /** Connections open, idle among them, and callers waiting for one. */
  total: number;
  idle: number;
  waiting: number;
}

export interface OpenOptions {
  /** A PostgreSQL server; without it the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `null` keeps it in memory (tests). */
  dataDir?: string | null;
  /** Pool size for a PostgreSQL server. */
  poolSize?: number;
  /** Who opens a PGlite data directory, named to anyone refused by its lock (data-dir-lock.ts). */
  purpose?: string;
  /** A new PGlite data directory starts as this dump of another (a restore). */
  loadDataDir?: Blob;
  /** The caller holds the data directory's lock already (a restore) and releases it itself. */
  heldLock?: DataDirLock;
}

const { builtins } = pg.types;
// pg's own parsers, typed as what they are (pg-types declares them as returning `any`).
const pgParser: (...args: Parameters<typeof pg.types.getTypeParser>) => (value: string) => unknown = pg.types.getTypeParser;

const types: pg.CustomTypesConfig = {
  getTypeParser(oid, format) {
    // int8 (count(*), bigserial) as JS numbers: our counters stay far below 2^53.
    if (oid === builtins.INT8) return (value: string) => Number(value);
    if (oid === builtins.TIMESTAMPTZ && format !== 'binary') return parseTimestamptz;
    // date: keep 'YYYY-MM-DD' as text; a JS Date would shift it by the server's zone.
    if (oid === builtins.DATE) return (value: string) => value;
    return pgParser(oid, format);
  },
};

const IDLE_CONNECTION_MS = 10 * 60_000;

/**
 * Opens the database through one code path: Kysely over a `pg.Pool`. For the embedded
 * engine, PGlite is served on a loopback socket so the pool talks the same wire protocol
 * as it would to a PostgreSQL server. PGlite is single-session, hence a pool of one.
 */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    // Short OLTP queries: JIT compilation costs more than it saves (seen at 1M tickets).
    // Idle connections are kept for ten minutes, not pg's ten seconds: a new one cost ~12 ms to
    // open and its first ticket page ~16 ms (each statement is planned anew, the catalog and the
    // shared buffers' pages are new to the process) against ~0.2 ms on a warm one, and a web
    // page's few parallel requests would otherwise open and close connections all day.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      keepAlive: true,
      types,
      options: '-c jit=off',
    });
    return wrap(pool, 'postgres', () => Promise.resolve());
  }
  let dataPath: string | undefined;
  // One process per data directory: a second one (another server, a backup) is refused here.
  const lock = options.dataDir && !options.heldLock ? lockDataDir(options.dataDir, options.purpose ?? 'the Sigap server') : null;
  try {
    if (options.dataDir) {
      dataPath = path.join(options.dataDir, 'pgdata');
      await fs.mkdir(options.dataDir, { recursive: true });
    }
    const pglite = await PGlite.create(dataPath, {
      extensions: { btree_gin },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 1 });
    await server.start();
    const [host, port] = server.getServerConn().split(':');
    const pool = new pg.Pool({ host, port: Number(port), user: 'postgres', database: 'postgres', max: 1, types });
    const handle = wrap(pool, 'pglite', async () => {
      await server.stop();
      await pglite.close();
      lock?.release();
    });
    return { ...handle, dumpDataDir: () => pglite.dumpDataDir('gzip') };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

const statementNames = new Map<string, string>();

/** Marks a statement whose best plan depends on its values: it is planned anew each time. */
export const CUSTOM_PLAN = '/* custom plan */';

/**
 * Data statements run as named prepared statements: each connection parses and plans a
 * query text once and then only binds and executes it. DDL stays unnamed, and so do
 * statements marked CUSTOM_PLAN, such as a full-text search left to the planner: its best
 * plan depends on how common the words are (a generic plan measured 170 ms where a custom
 * one took 8 ms at 100k tickets).
 */
function prepared(text: string, values: unknown[]): pg.QueryConfig {
  if (!/^\s*(select|insert|update|delete|with)\b/i.test(text) || text.includes(CUSTOM_PLAN)) return { text, values };
  let name = statementNames.get(text);
  if (!name) {
    name = `s${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    if (statementNames.size < 5000) statementNames.set(text, name);
  }
  return { name, text, values };
}

/** The pool as Kysely sees it, with every query going through `prepared` (no cursors: we never stream). */
function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      function query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query<R>(
        sqlOrCursor: string | PostgresCursor<R>,
        parameters: readonly unknown[] = [],
      ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        if (typeof sqlOrCursor !== 'string') throw new Error('streaming queries are not supported');
        // pg's rows are untyped records; Kysely types them from the query it built.
        return client.query(prepared(sqlOrCursor, [...parameters])) as unknown as Promise<PostgresQueryResult<R>>;
      }
      const wrapped: PostgresPoolClient = { query, release: () => client.release() };
      return wrapped;
    },
    end: () => pool.end(),
  };
}

function wrap(pool: pg.Pool, engine: Engine, closeEngine: () => Promise<void>): DatabaseHandle {
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    engine,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await db.destroy();
      await closeEngine();
    },
  };
}
