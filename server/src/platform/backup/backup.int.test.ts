import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Attachment, ServicePage, Ticket } from '@sigap/core';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first } from '../../../test/harness';
import { buildApp } from '../../app';
import { seedDemoIfEmpty } from '../../seed/demo';
import { DataDirBusyError } from '../db/data-dir-lock';
import { openDatabase } from '../db/engine';
import { migrateToLatest } from '../db/migrate';
import { loadSigningSecret } from '../records/signing-secret';
import { createBackup } from './backup';
import { readManifest } from './manifest';
import { RestoreRefused, restoreBackup } from './restore';
import { verifyRestored } from './verify-restored';

// Backup → restore into a fresh target → verify, on the engine this Vitest project names.
const engine = process.env.SIGAP_TEST_ENGINE ?? 'pglite';
const adminUrl = process.env.TEST_DATABASE_URL;
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-backup-test-'));
const databases: string[] = [];

async function admin(text: string) {
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the postgres engine');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty target: a database on the test server (postgres) and a data directory. */
async function newTarget(label: string): Promise<{ databaseUrl: string | undefined; dataDir: string }> {
  const dataDir = path.join(root, label);
  if (engine !== 'postgres') return { databaseUrl: undefined, dataDir };
  const name = `sigap_backup_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  databases.push(name);
  const url = new URL(adminUrl ?? '');
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), dataDir };
}

const open = (t: { databaseUrl: string | undefined; dataDir: string }) =>
  openDatabase(t.databaseUrl ? { databaseUrl: t.databaseUrl, poolSize: 2 } : { dataDir: t.dataDir });

/** Starts Sigap on a target, signs in as the reporter and hands the app to `use`. */
async function withApp<T>(
  target: { databaseUrl: string | undefined; dataDir: string },
  use: (asn: ApiClient, admin: ApiClient) => Promise<T>,
) {
  const handle = await open(target);
  const app = await buildApp({
    db: handle.db,
    engine: handle.engine,
    logLevel: 'silent',
    attachmentsDir: path.join(target.dataDir, 'attachments'),
    signingSecret: loadSigningSecret(target.dataDir, {}),
  });
  try {
    await app.ready();
    return await use(await ApiClient.login(app, 'pengguna@demo.sigap.id'), await ApiClient.login(app, 'admin@demo.sigap.id'));
  } finally {
    await app.close();
    await handle.close();
  }
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50_000)]);
let source: Awaited<ReturnType<typeof newTarget>>;
let backupDir: string;
let ticketId: string;
let attachmentId: string;

beforeAll(async () => {
  source = await newTarget('source');
  const handle = await open(source);
  try {
    await migrateToLatest(handle.db);
    await seedDemoIfEmpty(handle.db);
  } finally {
    await handle.close();
  }
  await withApp(source, async (asn, adminClient) => {
    const service = first(body(await adminClient.get('/api/v1/services?q=Intra'), ServicePage).items);
    const ticket = body(
      await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: service.id,
        title: 'Server aplikasi kepegawaian mati',
        description: 'Aplikasi tidak bisa dibuka sejak pagi.',
        impact: 'minor',
        urgency: 2,
      }),
      Ticket,
    );
    ticketId = ticket.id;
    const boundary = '----sigapbackup';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="berita acara.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const payload = Buffer.concat([Buffer.from(head), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const res = await asn.request('POST', `/api/v1/records/${ticketId}/attachments`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode, res.body).toBe(201);
    attachmentId = body(res, Attachment).id;
  });
  backupDir = (await createBackup({ databaseUrl: source.databaseUrl, dataDir: source.dataDir, outDir: path.join(root, 'backups') })).dir;
}, 180_000);

afterAll(async () => {
  for (const name of databases) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await fs.rm(root, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes a manifest with the engine, migrations, counts and the SHA-256 of every file, the signing secret among them', async () => {
    const manifest = await readManifest(backupDir);
    expect(manifest).toMatchObject({
      format: 'sigap-backup/1',
      engine,
      signingSecret: 'included',
      attachments: { files: 1, bytes: pdf.length },
    });
    expect(manifest.migrations).toContain('0001_foundation');
    expect(manifest.counts.ticket).toBe(1);
    expect(manifest.counts.record_attachment).toBe(1);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      [manifest.database.file, await attachmentFile(), 'secrets/signing.key'].sort(),
    );
    expect(first(manifest.files.filter((f) => f.path.startsWith('attachments/'))).bytes).toBe(pdf.length);
    expect(await fs.readFile(path.join(backupDir, 'SHA256SUMS'), 'utf8')).toContain('  manifest.json\n');
  });

  it('shares the unchanged attachments of the previous backup in the same folder instead of copying them again', async () => {
    const outDir = path.join(root, 'backups');
    const second = await createBackup({ databaseUrl: source.databaseUrl, dataDir: source.dataDir, outDir });
    expect(second.manifest.attachments).toMatchObject({ files: 1, linked: 1, linkedFrom: path.basename(backupDir) });
    const file = await attachmentFile();
    expect((await fs.stat(path.join(second.dir, file))).ino).toBe((await fs.stat(path.join(backupDir, file))).ino);
    const copied = await createBackup({ databaseUrl: source.databaseUrl, dataDir: source.dataDir, outDir, copyAll: true });
    expect(copied.manifest.attachments).toMatchObject({ files: 1, linked: 0, linkedFrom: null });
    expect((await fs.stat(path.join(copied.dir, file))).ino).not.toBe((await fs.stat(path.join(backupDir, file))).ino);
  }, 120_000);

  it('restores into a fresh target and verifies counts, the attachment bytes and every audit chain', async () => {
    const target = await newTarget('fresh');
    const report = await restoreBackup({ from: backupDir, databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    expect(report.counts.differences).toEqual([]);
    expect(report.attachments).toMatchObject({ checked: 1, bytes: pdf.length, problems: [] });
    expect(report.audit.length).toBeGreaterThan(0);
    expect(report.audit.every((a) => a.intact && a.checked > 0)).toBe(true);
    expect(report.ok).toBe(true);
    // The restored Sigap serves the ticket and the very bytes that were uploaded.
    await withApp(target, async (asn) => {
      expect(body(await asn.get(`/api/v1/tickets/${ticketId}`), Ticket).attachments.map((a) => a.id)).toEqual([attachmentId]);
      const download = await asn.get(`/api/v1/records/${ticketId}/attachments/${attachmentId}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
    });
    expect(await fs.readFile(path.join(target.dataDir, 'secrets', 'signing.key'))).toEqual(
      await fs.readFile(path.join(source.dataDir, 'secrets', 'signing.key')),
    );

    // The verification is real: a record edited after the restore breaks its Pemda's chain.
    const handle = await open(target);
    try {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(handle.db);
      await sql`UPDATE audit_log SET action = 'diubah' WHERE seq = 1`.execute(handle.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(handle.db);
      const again = await verifyRestored(handle.db, await readManifest(backupDir), path.join(target.dataDir, 'attachments'));
      expect(again.ok).toBe(false);
      expect(again.audit.some((a) => !a.intact && a.brokenAtSeq === 1)).toBe(true);
    } finally {
      await handle.close();
    }
  }, 180_000);

  it('refuses a backup whose file does not match its checksum, before touching the target', async () => {
    const tampered = path.join(root, 'tampered');
    await fs.cp(backupDir, tampered, { recursive: true });
    const file = path.join(tampered, await attachmentFile());
    const bytes = await fs.readFile(file);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await fs.writeFile(file, bytes);
    const target = await newTarget('untouched');
    const refused = await restoreBackup({ from: tampered, databaseUrl: target.databaseUrl, dataDir: target.dataDir }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RestoreRefused);
    expect(String(refused)).toContain('SHA-256 differs from the manifest');
    expect(await fs.readdir(target.dataDir).catch(() => [])).toEqual([]);
  });

  it('refuses a target that holds data unless told to replace it', async () => {
    const target = await newTarget('occupied');
    await restoreBackup({ from: backupDir, databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    const refused = await restoreBackup({ from: backupDir, databaseUrl: target.databaseUrl, dataDir: target.dataDir }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RestoreRefused);
    expect(String(refused)).toContain('not empty');
    const forced = await restoreBackup({ from: backupDir, databaseUrl: target.databaseUrl, dataDir: target.dataDir, force: true });
    expect(forced.ok).toBe(true);
    // What was there is moved aside, never deleted, in the data directory.
    expect((await fs.readdir(target.dataDir)).some((f) => f.startsWith('attachments.before-restore-'))).toBe(true);
  }, 240_000);

  it.runIf(engine === 'pglite')(
    'refuses to back up the embedded database while a server holds it',
    async () => {
      const handle = await open(source);
      try {
        await expect(createBackup({ databaseUrl: undefined, dataDir: source.dataDir, outDir: path.join(root, 'busy') })).rejects.toThrow(
          DataDirBusyError,
        );
      } finally {
        await handle.close();
      }
      expect(await fs.readdir(path.join(root, 'busy')).catch(() => [])).toEqual([]);
    },
    120_000,
  );
});

/** The attachment's file in the backup, as its manifest lists it. */
async function attachmentFile(): Promise<string> {
  const listed = (await readManifest(backupDir)).files.filter((f) => f.path.startsWith('attachments/'));
  return first(listed).path;
}
