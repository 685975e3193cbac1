import type { AuditAnchorCheck, AuditVerification } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { type AuditAnchors, checkpointSigned } from './anchor';
import type { AuditCheckpoint } from './anchor-store';
import { type AuditChain, chainPendingAudit, inChain, toChained } from './audit';
import { GENESIS_HASH, hashRecord } from './hash-chain';

const VERIFY_BATCH = 5_000;

type Break = Pick<AuditVerification, 'brokenAtSeq' | 'reason'>;

/**
 * Chains what is pending, re-computes every hash of the Pemda's chain and reports the first
 * break; then compares the chain with the signed checkpoints kept outside the database, which
 * catch what an intact-looking chain hides: its newest records deleted, or a record edited and
 * every later hash recomputed.
 */
export async function verifyAuditChain(
  db: Kysely<Database>,
  pemdaId: AuditChain,
  anchors: AuditAnchors | null,
): Promise<AuditVerification> {
  await chainPendingAudit(db, pemdaId);
  // The deployment's own chain (null) has no checkpoints yet: it is checked by its hashes alone.
  const stored = anchors && pemdaId !== null ? await anchors.store.read(pemdaId) : { checkpoints: [], unreadable: 0 };
  const valid = anchors ? stored.checkpoints.filter((c) => checkpointSigned(anchors.key, c)) : [];
  const anchorCheck: AuditAnchorCheck = {
    checkpoints: valid.length,
    invalid: stored.checkpoints.length - valid.length + stored.unreadable,
    latest: valid.reduce<AuditAnchorCheck['latest']>((l, c) => (l && l.seq >= c.seq ? l : { seq: c.seq, hash: c.hash, at: c.at }), null),
  };
  const wanted = new Set(valid.map((c) => c.seq));
  const hashes = new Map<number, string>();

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const result = (found: Break): AuditVerification => ({
    intact: found.reason === null,
    checked,
    ...found,
    verifiedAt: new Date().toISOString(),
    anchors: anchorCheck,
  });
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where(inChain(pemdaId))
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(VERIFY_BATCH)
      .execute();
    for (const row of rows) {
      const broken = (reason: AuditVerification['reason']) => result({ brokenAtSeq: row.seq, reason });
      if (row.seq !== expectedSeq) return broken('sequence_gap');
      if (row.prev_hash !== prevHash) return broken('link_mismatch');
      if (hashRecord(toChained(row)) !== row.hash) return broken('hash_mismatch');
      if (wanted.has(row.seq)) hashes.set(row.seq, row.hash);
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  return result(againstCheckpoints(valid, checked, hashes));
}

/** The first checkpoint the chain (of `length` records, with the hashes at the checkpoints' seqs) contradicts. */
export function againstCheckpoints(checkpoints: readonly AuditCheckpoint[], length: number, hashes: ReadonlyMap<number, string>): Break {
  const bySeq = [...checkpoints].sort((a, b) => a.seq - b.seq);
  for (const c of bySeq) {
    if (c.seq > length) return { brokenAtSeq: length + 1, reason: 'truncated' };
    if (hashes.get(c.seq) !== c.hash) return { brokenAtSeq: c.seq, reason: 'rehashed' };
  }
  return { brokenAtSeq: null, reason: null };
}
