// Backs up Sigap: the database (pg_dump, or the PGlite data directory), the attachments, the
// signing-secret file, a manifest with counts and every file's SHA-256. docs/OPERATIONS.md.
//
//   npm run backup -- [--out ./backups] [--leave-out-secret] [--allow-missing-attachments] [--copy-all]
//
// Attachments an earlier backup in the same --out folder holds are hard-linked, not copied again
// (they never change); --copy-all copies everything.
//
// PostgreSQL (DATABASE_URL) is backed up while Sigap runs. The embedded database (SIGAP_DATA_DIR)
// serves one process: stop the server first; a backup is refused while it runs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createBackup } from '../platform/backup/backup';
import { DataDirBusyError } from '../platform/db/data-dir-lock';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'backups' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    'leave-out-secret': { type: 'boolean', default: false },
    'allow-missing-attachments': { type: 'boolean', default: false },
    'copy-all': { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const started = Date.now();
try {
  const { dir, manifest } = await createBackup({
    databaseUrl: values['database-url'] ?? config.databaseUrl,
    dataDir: path.resolve(values['data-dir'] ?? config.dataDir),
    outDir: path.resolve(values.out),
    leaveOutSecret: values['leave-out-secret'],
    allowMissingAttachments: values['allow-missing-attachments'],
    copyAll: values['copy-all'],
    secretFromEnvironment: Boolean(process.env.SIGAP_SIGNING_SECRET),
    log: (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`),
  });
  const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  console.log(`Cadangan selesai (backup written): ${dir}`);
  console.log(
    `  ${manifest.engine}, ${manifest.migrations.length} migrasi, ${Object.keys(manifest.counts).length} tabel, ${rows} baris, ` +
      `${manifest.attachments.files} lampiran (${manifest.attachments.bytes} B, ${manifest.attachments.linked} ditautkan dari ${manifest.attachments.linkedFrom ?? '-'}), ` +
      `${(manifest.durationMs / 1000).toFixed(1)} s`,
  );
  if (manifest.attachments.missing.length)
    console.log(`  PERINGATAN: ${manifest.attachments.missing.length} lampiran hilang/rusak, tercatat di manifest.json`);
  if (manifest.signingSecret === 'from_environment')
    console.log('  SIGAP_SIGNING_SECRET ada di konfigurasi, bukan di cadangan: simpan nilainya terpisah.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof DataDirBusyError ? 2 : 1);
}
