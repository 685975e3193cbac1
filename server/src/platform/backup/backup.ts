import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../db/engine';
import { copyAttachments, type CopyResult } from './attachment-files';
import { takeInventory, type Inventory, type StoredAttachment } from './inventory';
import { BACKUP_FORMAT, MANIFEST, Manifest, SUMS, describeFiles, listFiles, readManifest, sha256Sums, type BackupFile } from './manifest';
import { pgDump, toolVersion } from './pg-tools';
import { sigapVersion } from './version';

export interface BackupOptions {
  /** The PostgreSQL database; without it, the PGlite database under `dataDir`. */
  databaseUrl: string | undefined;
  /** SIGAP_DATA_DIR: attachments, the signing-secret file and, for PGlite, the database. */
  dataDir: string;
  /** The folder the backup's own directory is made in. */
  outDir: string;
  /** Leave out `secrets/signing.key` even when it exists. */
  leaveOutSecret?: boolean;
  /** Write the backup even when attachments the database names are missing or damaged on disk (they are listed in the manifest). */
  allowMissingAttachments?: boolean;
  /** Copy every attachment, even those an earlier backup in `outDir` already holds (they are hard-linked by default). */
  copyAll?: boolean;
  /** SIGAP_SIGNING_SECRET is set: the secret is in the configuration, not in a file. */
  secretFromEnvironment?: boolean;
  log?: (message: string) => void;
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

interface Taken {
  inventory: Inventory;
  databaseFile: string;
  tool: string;
  copied: CopyResult & { linked: number };
}

/** Finds an attachment's file in an earlier backup: same path, size and SHA-256. */
type Earlier = (row: StoredAttachment) => string | null;

const BACKUP_NAME = /^sigap-(?:postgres|pglite)-(\d{8}T\d{6}Z)$/;

/** The newest complete backup in `outDir`, whose attachments a new backup can share. */
async function earlierBackup(outDir: string): Promise<{ name: string | null; find: Earlier }> {
  const names = (await fs.readdir(outDir).catch(() => []))
    .filter((n) => BACKUP_NAME.test(n))
    .sort((a, b) => (BACKUP_NAME.exec(b)?.[1] ?? '').localeCompare(BACKUP_NAME.exec(a)?.[1] ?? ''));
  for (const name of names) {
    const manifest = await readManifest(path.join(outDir, name)).catch(() => null);
    if (!manifest) continue;
    const files = new Map(manifest.files.map((f) => [f.path, f]));
    const find: Earlier = (row) => {
      const f = files.get(`attachments/${row.storageKey}`);
      return f && f.sha256 === row.sha256 && f.bytes === row.sizeBytes ? path.join(outDir, name, f.path) : null;
    };
    return { name, find };
  }
  return { name: null, find: () => null };
}

const taken = (dir: string) =>
  Promise.all(
    [fs.stat(dir), fs.stat(`${dir}.partial`)].map((p) =>
      p.then(
        () => true,
        () => false,
      ),
    ),
  ).then((found) => found.some(Boolean));

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');

/**
 * Writes one backup directory: the database, the attachments it names (checked against their
 * recorded SHA-256), the signing-secret file, and a manifest with every file's checksum. It is
 * written under `<name>.partial` and renamed when complete, so a backup that stopped half-way
 * never looks like one.
 *
 * PostgreSQL is backed up while Sigap runs: one repeatable-read transaction exports its snapshot
 * to pg_dump and, in the same snapshot, counts the rows and lists the attachments. PGlite serves
 * one process, so its backup takes the data directory's lock and is refused while the server runs.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const engine = options.databaseUrl ? 'postgres' : 'pglite';
  let started = new Date();
  let finalDir = path.join(options.outDir, `sigap-${engine}-${stamp(started)}`);
  // Named by the second it starts: a second backup within the same second waits for the next.
  while (await taken(finalDir)) {
    await new Promise((r) => setTimeout(r, 1000 - started.getMilliseconds()));
    started = new Date();
    finalDir = path.join(options.outDir, `sigap-${engine}-${stamp(started)}`);
  }
  const work = `${finalDir}.partial`;
  await fs.mkdir(work, { recursive: true, mode: 0o700 });
  try {
    const earlier = options.copyAll ? { name: null, find: () => null } : await earlierBackup(options.outDir);
    const attachments = { from: path.join(options.dataDir, 'attachments'), to: path.join(work, 'attachments'), earlier: earlier.find };
    const taken = options.databaseUrl
      ? await takePostgres(options.databaseUrl, work, attachments, log)
      : await takePglite(options.dataDir, work, attachments, log);
    const missing = taken.copied.problems;
    if (missing.length && !options.allowMissingAttachments) {
      throw new Error(
        `attachments the database names are missing or damaged on disk: ${missing.map((m) => `${m.storageKey} (${m.problem})`).join(', ')}. ` +
          'Run again with --allow-missing-attachments to back up the rest and list these in the manifest.',
      );
    }
    const signingSecret = await copySecret(options, work, log);
    // Attachments were hashed while copied (or come hashed from the earlier backup they are linked to).
    const damaged = new Set(missing.map((m) => m.storageKey));
    const hashed = taken.inventory.attachments
      .filter((a) => !damaged.has(a.storageKey))
      .map((a) => ({ path: `attachments/${a.storageKey}`, bytes: a.sizeBytes, sha256: a.sha256 }));
    const files: BackupFile[] = await describeFiles(work, await listFiles(work), hashed);
    const manifest: Manifest = Manifest.parse({
      format: BACKUP_FORMAT,
      sigapVersion: sigapVersion(),
      engine,
      createdAt: started.toISOString(),
      durationMs: Date.now() - started.getTime(),
      database: { file: taken.databaseFile, serverVersion: taken.inventory.serverVersion, tool: taken.tool },
      migrations: taken.inventory.migrations,
      counts: taken.inventory.counts,
      attachments: {
        files: taken.copied.files,
        bytes: taken.copied.bytes,
        missing,
        linked: taken.copied.linked,
        linkedFrom: taken.copied.linked ? earlier.name : null,
      },
      signingSecret,
      files,
    });
    await fs.writeFile(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const [manifestFile] = await describeFiles(work, [MANIFEST]);
    await fs.writeFile(path.join(work, SUMS), sha256Sums([...files, ...(manifestFile ? [manifestFile] : [])]), { mode: 0o600 });
    await fs.rename(work, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await fs.rm(work, { recursive: true, force: true });
    throw error;
  }
}

interface AttachmentCopy {
  from: string;
  to: string;
  earlier: Earlier;
}

async function takePostgres(databaseUrl: string, work: string, attachments: AttachmentCopy, log: (m: string) => void): Promise<Taken> {
  const tool = await toolVersion('pg_dump');
  const handle = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    return await handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const snapshot = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(trx);
        const id = snapshot.rows[0]?.id;
        if (!id) throw new Error('PostgreSQL exported no snapshot');
        log('Mencadangkan basis data (pg_dump)…');
        const dumped = pgDump(databaseUrl, id, path.join(work, 'database.dump'));
        const inventory = await takeInventory(trx);
        await dumped;
        log(`Menyalin ${inventory.attachments.length} lampiran…`);
        const copied = await copyAttachments(attachments.from, attachments.to, inventory.attachments, attachments.earlier);
        return { inventory, databaseFile: 'database.dump', tool, copied };
      });
  } finally {
    await handle.close();
  }
}

async function takePglite(dataDir: string, work: string, attachments: AttachmentCopy, log: (m: string) => void): Promise<Taken> {
  if (!(await fs.stat(path.join(dataDir, 'pgdata')).catch(() => null))) throw new Error(`${dataDir} holds no embedded database (pgdata)`);
  // Refused (DataDirBusyError) while the server or another backup holds the data directory.
  const handle = await openDatabase({ dataDir, purpose: 'a backup' });
  try {
    if (!handle.dumpDataDir) throw new Error('the embedded engine cannot dump its data directory');
    const inventory = await takeInventory(handle.db);
    log('Mencadangkan basis data tertanam (PGlite)…');
    const dump = await handle.dumpDataDir();
    await fs.writeFile(path.join(work, 'database.tar.gz'), Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    log(`Menyalin ${inventory.attachments.length} lampiran…`);
    const copied = await copyAttachments(attachments.from, attachments.to, inventory.attachments, attachments.earlier);
    return { inventory, databaseFile: 'database.tar.gz', tool: 'PGlite dumpDataDir (gzip)', copied };
  } finally {
    await handle.close();
  }
}

async function copySecret(options: BackupOptions, work: string, log: (m: string) => void): Promise<Manifest['signingSecret']> {
  if (options.secretFromEnvironment) return 'from_environment';
  const file = path.join(options.dataDir, 'secrets', 'signing.key');
  if (!(await fs.stat(file).catch(() => null))) return 'none';
  if (options.leaveOutSecret) return 'left_out';
  await fs.mkdir(path.join(work, 'secrets'), { mode: 0o700 });
  await fs.copyFile(file, path.join(work, 'secrets', 'signing.key'));
  await fs.chmod(path.join(work, 'secrets', 'signing.key'), 0o600);
  log('PERINGATAN: cadangan ini memuat kunci rahasia penandatanganan (secrets/signing.key): simpan seaman kunci itu sendiri.');
  return 'included';
}
