// Restores a backup made by `npm run backup` into an empty target, then verifies it: row counts
// against the manifest, every attachment's SHA-256, every Pemda's audit chain. docs/OPERATIONS.md.
//
//   npm run restore -- --from backups/sigap-postgres-20260101T000000Z [--force]
//
// The target is DATABASE_URL (PostgreSQL) or SIGAP_DATA_DIR (PGlite), or --database-url / --data-dir.
// Stop every Sigap process of the target first. Exit 0: restored and verified; 1: restored but the
// verification failed, or an error; 2: refused, nothing changed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { RestoreRefused, restoreBackup } from '../platform/backup/restore';
import { DataDirBusyError } from '../platform/db/data-dir-lock';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
if (!values.from) {
  console.error('Sebutkan cadangannya: npm run restore -- --from <folder cadangan> (give the backup directory)');
  process.exit(2);
}

const config = loadConfig();
const started = Date.now();
try {
  const report = await restoreBackup({
    from: path.resolve(values.from),
    databaseUrl: values['database-url'] ?? config.databaseUrl,
    dataDir: path.resolve(values['data-dir'] ?? config.dataDir),
    force: values.force,
    log: (m) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`),
  });
  console.log(
    `Jumlah baris (row counts): ${report.counts.tables} tabel, ${report.counts.rows} baris, ${report.counts.differences.length} selisih`,
  );
  for (const d of report.counts.differences) console.log(`  - ${d}`);
  console.log(`Lampiran (attachments): ${report.attachments.checked} diperiksa, ${report.attachments.problems.length} bermasalah`);
  for (const p of report.attachments.problems) console.log(`  - ${p}`);
  for (const a of report.audit) {
    console.log(
      `Rantai audit ${a.pemda}: ${a.intact ? 'utuh' : `RUSAK di seq ${String(a.brokenAtSeq)} (${String(a.reason)})`}, ${a.checked} catatan`,
    );
  }
  console.log(
    `${report.ok ? 'Pemulihan selesai dan terverifikasi' : 'PEMULIHAN GAGAL VERIFIKASI'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof RestoreRefused || error instanceof DataDirBusyError ? 2 : 1);
}
