import type { AuditEntry, AuditQuery } from '@sigap/core';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import { insertRows } from '../db/insert-rows';
import { containsPattern } from '../db/like';
import type { AuditLogRow, Database } from '../db/schema';
import { GENESIS_HASH, canonicalJson, hashRecord } from './hash-chain';

export interface AuditActor {
  pemdaId: string;
  actorId: string | null;
  actorName: string | null;
  requestId: string | null;
}

/** The chain a record belongs to: a Pemda's, or (null) the deployment's own (its super-administrators' actions). */
export type AuditChain = string | null;

/** Who acts in the deployment's own chain: a super-administrator, or the system (the CLI). */
export type DeploymentAuditActor = Omit<AuditActor, 'pemdaId'>;

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one record to the Pemda's audit trail, inside the transaction of the write it
 * describes: the record commits or rolls back with the write. It is written unchained and
 * takes no lock; the chainer links it into the Pemda's hash chain right after commit.
 */
export async function recordAudit(trx: Kysely<Database>, who: AuditActor, event: AuditEvent): Promise<void> {
  await recordAuditMany(trx, [{ who, event }]);
}

/** Appends one record to the deployment's own audit trail, inside the transaction of the write it describes. */
export async function recordDeploymentAudit(trx: Kysely<Database>, who: DeploymentAuditActor, event: AuditEvent): Promise<void> {
  await auditWrite(trx, [{ who: { ...who, pemdaId: null }, event }]).execute();
}

/** Several records in one statement (jobs that change many rows at once). */
export async function recordAuditMany(trx: Kysely<Database>, records: { who: AuditActor; event: AuditEvent }[]): Promise<void> {
  if (records.length === 0) return;
  await auditWrite(trx, records).execute();
}

/** The audit insert, built and not run, for callers that send it with their other writes (writeTogether). */
export function auditWrite(
  trx: Kysely<Database>,
  records: { who: AuditActor | (DeploymentAuditActor & { pemdaId: null }); event: AuditEvent }[],
) {
  // Millisecond precision, so the stored timestamptz reads back to the same instant.
  const occurredAt = new Date();
  const json = (v: unknown) => (v === undefined || v === null ? null : canonicalJson(v));
  return insertRows(
    trx,
    'audit_log',
    records.map(({ who, event }) => ({
      pemda_id: who.pemdaId,
      occurred_at: occurredAt,
      actor_id: who.actorId,
      actor_name: who.actorName,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId,
      before: json(event.before),
      after: json(event.after),
      request_id: who.requestId,
    })),
  );
}

const CHAIN_BATCH = 2_000;

/** The rows of one chain: a Pemda's, or the deployment's (pemda_id IS NULL). */
export function inChain(pemdaId: AuditChain) {
  return (eb: ExpressionBuilder<Database, 'audit_log'>) => (pemdaId === null ? eb('pemda_id', 'is', null) : eb('pemda_id', '=', pemdaId));
}

/**
 * Links the Pemda's (or, for null, the deployment's) committed, unchained records into its hash
 * chain, oldest first, and returns how many it linked. Chainers of one chain take turns on an
 * advisory lock; writers never wait.
 */
export async function chainPendingAudit(db: Kysely<Database>, pemdaId: AuditChain): Promise<number> {
  let linked = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`audit-chain:${pemdaId ?? 'deployment'}`}, 0))`.execute(trx);
      const pending = await trx
        .selectFrom('audit_log')
        .selectAll()
        .where(inChain(pemdaId))
        .where('seq', 'is', null)
        .orderBy('id')
        .limit(CHAIN_BATCH)
        .execute();
      if (pending.length === 0) return 0;
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where(inChain(pemdaId))
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const links = pending.map((row) => {
        seq += 1;
        const hash = hashRecord(toChained({ ...row, seq, prev_hash: prevHash }));
        const link = sql`(${row.id}::bigint, ${seq}::bigint, ${prevHash}, ${hash})`;
        prevHash = hash;
        return link;
      });
      await sql`UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        FROM (VALUES ${sql.join(links)}) AS v(id, seq, prev_hash, hash) WHERE a.id = v.id`.execute(trx);
      return pending.length;
    });
    linked += n;
    if (n < CHAIN_BATCH) return linked;
  }
}

/**
 * The Pemda ids with records waiting to be chained, asked every second: one probe of the
 * pending index for each Pemda, whatever the statistics say. (`SELECT DISTINCT … WHERE seq IS
 * NULL` was planned as a scan of the whole table whenever the last ANALYZE had run during a burst
 * of writes, when many records are pending for a moment: at 64k records that cost 10–80 ms a
 * second, and an audit trail only grows.)
 */
export async function pemdasWithPendingAudit(db: Kysely<Database>): Promise<AuditChain[]> {
  const rows = await sql<{ pemda_id: string | null }>`
    SELECT p.id AS pemda_id FROM pemda p
    CROSS JOIN LATERAL (SELECT 1 FROM audit_log a WHERE a.pemda_id = p.id AND a.seq IS NULL LIMIT 1) pending
    UNION ALL
    SELECT NULL::uuid WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.pemda_id IS NULL AND a.seq IS NULL)`.execute(db);
  return rows.rows.map((r) => r.pemda_id);
}

/** A stored record as its hash covers it. */
export function toChained(row: AuditLogRow) {
  return {
    pemdaId: row.pemda_id,
    seq: row.seq ?? 0,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
    prevHash: row.prev_hash ?? '',
  };
}

export async function listAudit(
  db: Kysely<Database>,
  pemdaId: AuditChain,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_log').where(inChain(pemdaId));
  if (query.entityType) base = base.where('entity_type', '=', query.entityType);
  if (query.entityId) base = base.where('entity_id', '=', query.entityId);
  if (query.q) base = base.where('action', 'ilike', containsPattern(query.q));
  await chainPendingAudit(db, pemdaId);
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: count.n,
    items: rows.map((r) => ({
      id: r.id,
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
