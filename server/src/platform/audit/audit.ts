import type { AuditEntry, AuditQuery, AuditVerification } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import { containsPattern } from '../db/like';
import type { AuditLogRow, Database } from '../db/schema';
import { GENESIS_HASH, canonicalJson, hashRecord } from './hash-chain';

export interface AuditActor {
  pemdaId: string;
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one record to the Pemda's hash chain. Call it inside the transaction of the
 * write it describes: the advisory lock serialises appenders so the chain stays linear.
 */
export async function recordAudit(trx: Kysely<Database>, who: AuditActor, event: AuditEvent): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${who.pemdaId}`}, 0))`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('pemda_id', '=', who.pemdaId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const record = {
    pemdaId: who.pemdaId,
    seq: (last?.seq ?? 0) + 1,
    // Millisecond precision, so the stored timestamptz reads back to the same instant.
    occurredAt: new Date(),
    actorId: who.actorId,
    actorName: who.actorName,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: normalise(event.before),
    after: normalise(event.after),
    requestId: who.requestId,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_log')
    .values({
      pemda_id: record.pemdaId,
      seq: record.seq,
      occurred_at: record.occurredAt,
      actor_id: record.actorId,
      actor_name: record.actorName,
      action: record.action,
      entity_type: record.entityType,
      entity_id: record.entityId,
      before: record.before === null ? null : canonicalJson(record.before),
      after: record.after === null ? null : canonicalJson(record.after),
      request_id: record.requestId,
      prev_hash: record.prevHash,
      hash: hashRecord(record),
    })
    .execute();
}

/** Dates become strings etc., exactly as they will read back from jsonb. */
function normalise(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

const VERIFY_BATCH = 5_000;

/** Re-computes every hash of the Pemda's chain and reports the first break. */
export async function verifyAuditChain(db: Kysely<Database>, pemdaId: string): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('pemda_id', '=', pemdaId)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(VERIFY_BATCH)
      .execute();
    for (const row of rows) {
      const broken = (reason: AuditVerification['reason']): AuditVerification => ({
        intact: false,
        checked,
        brokenAtSeq: row.seq,
        reason,
        verifiedAt: new Date().toISOString(),
      });
      if (row.seq !== expectedSeq) return broken('sequence_gap');
      if (row.prev_hash !== prevHash) return broken('link_mismatch');
      if (hashRecord(toChained(row)) !== row.hash) return broken('hash_mismatch');
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  return { intact: true, checked, brokenAtSeq: null, reason: null, verifiedAt: new Date().toISOString() };
}

function toChained(row: AuditLogRow) {
  return {
    pemdaId: row.pemda_id,
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    prevHash: row.prev_hash,
  };
}

export async function listAudit(
  db: Kysely<Database>,
  pemdaId: string,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_log').where('pemda_id', '=', pemdaId);
  if (query.entityType) base = base.where('entity_type', '=', query.entityType);
  if (query.entityId) base = base.where('entity_id', '=', query.entityId);
  if (query.q) base = base.where('action', 'ilike', containsPattern(query.q));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
      hash: r.hash,
    })),
  };
}

/** The audit identity of a request's actor. */
export function auditActorOf(ctx: { actor: { pemdaId: string; userId: string; name: string }; requestId: string }): AuditActor {
  return { pemdaId: ctx.actor.pemdaId, actorId: ctx.actor.userId, actorName: ctx.actor.name, requestId: ctx.requestId };
}
