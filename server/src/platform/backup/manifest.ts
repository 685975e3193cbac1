import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';

/**
 * A backup is a directory: the database (`database.dump` from pg_dump, or `database.tar.gz`, the
 * PGlite data directory), `attachments/<pemda>/<file>`, `secrets/signing.key` when the signing
 * secret is a file, `manifest.json` (this schema) and `SHA256SUMS` (for `sha256sum -c`).
 */
export const BACKUP_FORMAT = 'sigap-backup/1';
export const MANIFEST = 'manifest.json';
export const SUMS = 'SHA256SUMS';

/** A path inside the backup: relative, forward slashes, never leaving the directory. */
const InsidePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.includes('\\') && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    error: 'a relative path inside the backup',
  });

export const BackupFile = z.object({
  path: InsidePath,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupFile = z.infer<typeof BackupFile>;

export const SigningSecretInBackup = z.enum(['included', 'from_environment', 'left_out', 'none']);

export const Manifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  sigapVersion: z.string(),
  engine: z.enum(['postgres', 'pglite']),
  createdAt: z.iso.datetime(),
  durationMs: z.number().int().nonnegative(),
  database: z.object({ file: InsidePath, serverVersion: z.string(), tool: z.string() }),
  /** The migrations applied to the database, in order. */
  migrations: z.array(z.string()),
  /** Rows in every table of the database, as the dump holds them. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  attachments: z.object({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    /** Storage keys the database names but the disk did not have (only with --allow-missing-attachments). */
    missing: z.array(z.object({ storageKey: z.string(), problem: z.enum(['missing', 'differs']) })),
    /** Files hard-linked from an earlier backup (attachments never change), and which. */
    linked: z.number().int().nonnegative(),
    linkedFrom: z.string().nullable(),
  }),
  signingSecret: SigningSecretInBackup,
  /** Every file of the backup but the manifest and SHA256SUMS, with its size and SHA-256. */
  files: z.array(BackupFile),
});
export type Manifest = z.infer<typeof Manifest>;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Every file under `root`, as sorted relative paths with forward slashes. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Each file's size and SHA-256; `known` ones (hashed as they were written) are not read again. */
export async function describeFiles(root: string, paths: string[], known: BackupFile[] = []): Promise<BackupFile[]> {
  const byPath = new Map(known.map((f) => [f.path, f]));
  const described: BackupFile[] = [];
  for (const p of paths) {
    const file = path.join(root, p);
    const bytes = (await fs.stat(file)).size;
    const hashed = byPath.get(p);
    described.push(hashed?.bytes === bytes ? hashed : { path: p, bytes, sha256: await sha256OfFile(file) });
  }
  return described;
}

/** The `sha256sum -c` file: one line per file, the manifest among them. */
export function sha256Sums(files: BackupFile[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}

/**
 * Checks a backup directory against its manifest before anything is restored: every listed file
 * present with its size and SHA-256, and no file the manifest does not list. Returns what is wrong.
 */
export async function checkFiles(root: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const file = path.join(root, f.path);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) problems.push(`${f.path}: missing`);
    else if (stat.size !== f.bytes) problems.push(`${f.path}: ${stat.size} bytes, the manifest says ${f.bytes}`);
    else if ((await sha256OfFile(file)) !== f.sha256) problems.push(`${f.path}: SHA-256 differs from the manifest`);
  }
  for (const p of await listFiles(root)) {
    if (p !== MANIFEST && p !== SUMS && !listed.has(p)) problems.push(`${p}: not in the manifest`);
  }
  return problems;
}

export async function readManifest(root: string): Promise<Manifest> {
  const text = await fs.readFile(path.join(root, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${root} holds no ${MANIFEST}: not a Sigap backup`);
  });
  const parsed = Manifest.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${MANIFEST} is not a ${BACKUP_FORMAT} manifest: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
