import type { AuditVerification } from '@sigap/core';
import type { Kysely } from 'kysely';
import { verifyAuditChain } from '../audit/verify';
import type { Database } from '../db/schema';
import { checkAttachments } from './attachment-files';
import { countDifferences, countRows } from './inventory';
import type { Manifest } from './manifest';

export interface RestoreReport {
  /** Counts, attachments and every audit chain as they should be. */
  ok: boolean;
  counts: { tables: number; rows: number; differences: string[] };
  attachments: { checked: number; bytes: number; problems: string[]; knownMissing: string[] };
  audit: (AuditVerification & { pemdaId: string; pemda: string })[];
}

/**
 * What a restore checks before it calls itself done: the restored database has exactly the rows
 * the manifest counted, table by table; every attachment it names is on disk with the size and
 * SHA-256 recorded at upload; and every Pemda's audit chain verifies (the audit module's own
 * verifier, so whatever it checks — hashes, links, sequence, anchors — a restore checks too).
 */
export async function verifyRestored(db: Kysely<Database>, manifest: Manifest, attachmentsDir: string): Promise<RestoreReport> {
  const counts = await countRows(db);
  const differences = countDifferences(manifest.counts, counts);

  const knownMissing = new Set(manifest.attachments.missing.map((m) => m.storageKey));
  const rows = await db.selectFrom('record_attachment').select(['storage_key', 'sha256', 'size_bytes']).orderBy('storage_key').execute();
  const checked = await checkAttachments(
    attachmentsDir,
    rows
      .filter((r) => !knownMissing.has(r.storage_key))
      .map((r) => ({ storageKey: r.storage_key, sha256: r.sha256, sizeBytes: r.size_bytes })),
  );

  const audit: RestoreReport['audit'] = [];
  for (const pemda of await db.selectFrom('pemda').select(['id', 'name']).orderBy('name').execute()) {
    audit.push({ ...(await verifyAuditChain(db, pemda.id, null)), pemdaId: pemda.id, pemda: pemda.name });
  }

  const problems = checked.problems.map((p) => `${p.storageKey}: ${p.problem}`);
  return {
    ok: differences.length === 0 && problems.length === 0 && audit.every((a) => a.intact),
    counts: { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0), differences },
    attachments: { checked: checked.files, bytes: checked.bytes, problems, knownMissing: [...knownMissing] },
    audit,
  };
}
