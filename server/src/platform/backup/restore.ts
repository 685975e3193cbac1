import fs from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { migrations } from '../../../migrations';
import { lockDataDir, type DataDirLock } from '../db/data-dir-lock';
import { openDatabase, type DatabaseHandle } from '../db/engine';
import { copyAttachments } from './attachment-files';
import { hasOwnRelations } from './inventory';
import { checkFiles, readManifest, type Manifest } from './manifest';
import { pgRestore } from './pg-tools';
import { verifyRestored, type RestoreReport } from './verify-restored';

export interface RestoreOptions {
  /** The backup directory (the one holding manifest.json). */
  from: string;
  /** The PostgreSQL database to restore into; without it, the PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /** SIGAP_DATA_DIR of the target: attachments, the signing-secret file and, for PGlite, the database. */
  dataDir: string;
  /** Replace a target that already holds data (what was there is dropped on PostgreSQL, moved aside in the data directory). */
  force?: boolean;
  log?: (message: string) => void;
}

/** Refused before anything was changed: the target is as it was. */
export class RestoreRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}:\n  - ${problems.join('\n  - ')}` : message);
    this.name = 'RestoreRefused';
  }
}

const exists = (p: string) =>
  fs.stat(p).then(
    () => true,
    () => false,
  );
const nonEmptyDir = async (p: string) => (await fs.readdir(p).catch(() => [])).length > 0;
const aside = (p: string, at: Date) => fs.rename(p, `${p}.before-restore-${at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')}`);

/**
 * Restores a backup, refusing first — before it changes anything — when a file's checksum does not
 * match the manifest, when the backup comes from a newer Sigap (migrations this build does not
 * know) or the other engine, when the target already holds data (unless `force`), or when Sigap is
 * running on the target. Then it restores the database, the attachments and the signing secret
 * and verifies the result: row counts against the manifest, every attachment's bytes against
 * their recorded SHA-256, and every Pemda's audit chain.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => undefined);
  const manifest = await readManifest(options.from);
  log(`Memeriksa ${manifest.files.length} berkas cadangan terhadap manifes (checking checksums)…`);
  const damaged = await checkFiles(options.from, manifest);
  if (damaged.length) throw new RestoreRefused('the backup does not match its manifest; nothing was restored', damaged);
  const unknown = manifest.migrations.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length) throw new RestoreRefused('the backup was made by a newer Sigap; restore it with that version or newer', unknown);
  const engine = options.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.engine !== engine) {
    throw new RestoreRefused(
      `the backup is of the ${manifest.engine} engine and the target is ${engine}: ` +
        (manifest.engine === 'postgres'
          ? 'set DATABASE_URL to the PostgreSQL database to restore into'
          : 'unset DATABASE_URL to restore into SIGAP_DATA_DIR'),
    );
  }
  await fs.mkdir(options.dataDir, { recursive: true });
  // For PGlite this lock also keeps the server off the data directory while we work; on
  // PostgreSQL, only another restore (servers there are found by their sessions).
  const lock = lockDataDir(options.dataDir, 'a restore');
  try {
    const at = new Date();
    const handle = options.databaseUrl
      ? await restorePostgres(options.databaseUrl, options, manifest, log)
      : await restorePglite(options, manifest, lock, at, log);
    try {
      await restoreFiles(options, manifest, at, log);
      log('Memverifikasi hasil pemulihan: jumlah baris, lampiran, rantai audit (verifying)…');
      return await verifyRestored(handle.db, manifest, path.join(options.dataDir, 'attachments'));
    } finally {
      await handle.close();
    }
  } finally {
    lock.release();
  }
}

/** Refuses when the data directory's attachments or signing secret would be overwritten without `force`. */
async function checkDataDir(options: RestoreOptions, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const attachments = path.join(options.dataDir, 'attachments');
  if (manifest.attachments.files > 0 && (await nonEmptyDir(attachments))) problems.push(`${attachments} is not empty`);
  const secret = path.join(options.dataDir, 'secrets', 'signing.key');
  if (manifest.signingSecret === 'included' && (await exists(secret))) {
    const mine = (await fs.readFile(secret, 'utf8')).trim();
    const theirs = (await fs.readFile(path.join(options.from, 'secrets', 'signing.key'), 'utf8')).trim();
    if (mine !== theirs) problems.push(`${secret} holds another signing secret`);
  }
  return problems;
}

async function restorePostgres(databaseUrl: string, options: RestoreOptions, manifest: Manifest, log: (m: string) => void) {
  const handle = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    const others = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`.execute(handle.db);
    const sessions = others.rows[0]?.n ?? 0;
    if (sessions > 0) {
      throw new RestoreRefused(
        `${sessions} other session(s) are connected to the target database: stop every Sigap process that uses it first`,
      );
    }
    const problems = await checkDataDir(options, manifest);
    if (await hasOwnRelations(handle.db)) problems.unshift('the target database already holds tables');
    if (problems.length && !options.force)
      throw new RestoreRefused('the target is not empty; restore into a new database, or give --force to replace it', problems);
    if (problems.length) {
      log('--force: menghapus isi basis data tujuan (dropping the target schema)…');
      await sql`DROP SCHEMA public CASCADE`.execute(handle.db);
      await sql`CREATE SCHEMA public`.execute(handle.db);
    }
    log('Memulihkan basis data (pg_restore)…');
    await pgRestore(databaseUrl, path.join(options.from, manifest.database.file));
    // pg_restore brings no planner statistics: without them the first queries are planned blind.
    await sql`ANALYZE`.execute(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function restorePglite(
  options: RestoreOptions,
  manifest: Manifest,
  lock: DataDirLock,
  at: Date,
  log: (m: string) => void,
): Promise<DatabaseHandle> {
  const pgdata = path.join(options.dataDir, 'pgdata');
  const problems = await checkDataDir(options, manifest);
  if (await nonEmptyDir(pgdata)) problems.unshift(`${pgdata} already holds a database`);
  if (problems.length && !options.force)
    throw new RestoreRefused(
      'the target is not empty; restore into a new SIGAP_DATA_DIR, or give --force to move what is there aside',
      problems,
    );
  if (await exists(pgdata)) {
    log(`--force: ${pgdata} dipindahkan (moved aside)`);
    await aside(pgdata, at);
  }
  log('Memulihkan basis data tertanam (PGlite)…');
  const dump = await openAsBlob(path.join(options.from, manifest.database.file));
  return openDatabase({ dataDir: options.dataDir, loadDataDir: dump, heldLock: lock });
}

/** The attachments and the signing secret; whatever was there is moved aside first (checked above). */
async function restoreFiles(options: RestoreOptions, manifest: Manifest, at: Date, log: (m: string) => void) {
  const attachments = path.join(options.dataDir, 'attachments');
  if (manifest.attachments.files > 0) {
    if (await nonEmptyDir(attachments)) await aside(attachments, at);
    log(`Memulihkan ${manifest.attachments.files} lampiran (restoring attachments)…`);
    const rows = manifest.files
      .filter((f) => f.path.startsWith('attachments/'))
      .map((f) => ({ storageKey: f.path.slice('attachments/'.length), sha256: f.sha256, sizeBytes: f.bytes }));
    const copied = await copyAttachments(path.join(options.from, 'attachments'), attachments, rows);
    if (copied.problems.length)
      throw new Error(`attachments changed while being restored: ${copied.problems.map((p) => p.storageKey).join(', ')}`);
  }
  if (manifest.signingSecret === 'included') {
    const secrets = path.join(options.dataDir, 'secrets');
    const target = path.join(secrets, 'signing.key');
    const restored = await fs.readFile(path.join(options.from, 'secrets', 'signing.key'));
    if (await exists(target)) {
      if ((await fs.readFile(target)).equals(restored)) return;
      await aside(target, at);
    }
    await fs.mkdir(secrets, { recursive: true, mode: 0o700 });
    await fs.copyFile(path.join(options.from, 'secrets', 'signing.key'), target);
    await fs.chmod(target, 0o600);
    log(`Kunci rahasia penandatanganan dipulihkan ke ${target} (signing secret restored).`);
  }
}
