import { sign, verify } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { chainPendingAudit } from './audit';
import type { AnchorKey } from './anchor-key';
import type { AnchorStore, AuditCheckpoint } from './anchor-store';
import { canonicalJson } from './hash-chain';

/** The audit trail's anchor outside the database: where checkpoints go, and the key that signs them. */
export interface AuditAnchors {
  store: AnchorStore;
  key: AnchorKey;
}

/** What a checkpoint's signature covers: everything in it but the signature. */
function signedPart(c: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(canonicalJson({ v: c.v, pemdaId: c.pemdaId, seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId }));
}

export function signCheckpoint(key: AnchorKey, head: { pemdaId: string; seq: number; hash: string }, at: Date): AuditCheckpoint {
  const unsigned = { v: 1 as const, ...head, at: at.toISOString(), keyId: key.keyId };
  return { ...unsigned, signature: sign(null, signedPart(unsigned), key.privateKey).toString('base64') };
}

/** Was this checkpoint signed by this deployment's key, unchanged since? */
export function checkpointSigned(key: AnchorKey, c: AuditCheckpoint): boolean {
  return c.keyId === key.keyId && verify(null, signedPart(c), key.publicKey, Buffer.from(c.signature, 'base64'));
}

/** The Pemda's chain head: its last chained record's sequence number and hash (null when empty). */
export async function chainHead(db: Kysely<Database>, pemdaId: string): Promise<{ seq: number; hash: string } | null> {
  const last = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('pemda_id', '=', pemdaId)
    .where('seq', 'is not', null)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last && last.seq !== null && last.hash !== null ? { seq: last.seq, hash: last.hash } : null;
}

/** How the chain in the database contradicts a checkpoint, if it does. */
export interface AnchorBreak {
  reason: 'truncated' | 'rehashed';
  checkpoint: AuditCheckpoint;
}

/** The Pemda's newest checkpoint that this deployment signed (the last one stored). */
export async function latestCheckpoint(pemdaId: string, anchors: AuditAnchors): Promise<AuditCheckpoint | null> {
  const { checkpoints } = await anchors.store.read(pemdaId);
  return checkpoints.filter((c) => checkpointSigned(anchors.key, c)).at(-1) ?? null;
}

/** Does the chain still hold the checkpoint's record, with its hash? */
async function contradicts(db: Kysely<Database>, c: AuditCheckpoint): Promise<AnchorBreak | null> {
  const row = await db.selectFrom('audit_log').select('hash').where('pemda_id', '=', c.pemdaId).where('seq', '=', c.seq).executeTakeFirst();
  if (!row) return { reason: 'truncated', checkpoint: c };
  return row.hash === c.hash ? null : { reason: 'rehashed', checkpoint: c };
}

/**
 * Checkpoints the Pemda's chain: links what is pending, then signs and stores its head unless the
 * newest checkpoint already holds it. A chain that no longer holds the newest checkpoint (cut
 * short, or rewritten and re-hashed) is not checkpointed: the break is returned instead.
 */
export async function anchorAuditChain(
  db: Kysely<Database>,
  pemdaId: string,
  anchors: AuditAnchors,
  now = new Date(),
): Promise<{ checkpoint: AuditCheckpoint | null; broken: AnchorBreak | null }> {
  await chainPendingAudit(db, pemdaId);
  const last = await latestCheckpoint(pemdaId, anchors);
  const broken = last && (await contradicts(db, last));
  if (broken) return { checkpoint: null, broken };
  const head = await chainHead(db, pemdaId);
  if (!head || (last && last.seq === head.seq)) return { checkpoint: null, broken: null };
  const checkpoint = signCheckpoint(anchors.key, { pemdaId, ...head }, now);
  await anchors.store.append(checkpoint);
  return { checkpoint, broken: null };
}
