import { ESCALATION_LEVEL_ROLES } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import { recordAuditMany } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import { notifyMany, pemdaTimeZone } from '../../platform/records/notices';
import { appendTimeline } from '../../platform/records/timeline';
import { roleHolders } from '../identity';

const BATCH = 500;

interface Escalated {
  id: string;
  pemda_id: string;
  number: string;
  title: string;
  provider_pd_id: string;
  escalation_level: number;
}

/**
 * Raises unresolved tickets one hierarchical level when their binding target reaches the
 * policy's share (level 2) and when it is breached (level 3), and tells the holders of that
 * level's roles (Y-Tabel 13). Each step is one conditional UPDATE over SKIP LOCKED rows, so
 * concurrent runs in several processes never escalate a ticket twice.
 */
export async function runEscalation(db: Kysely<Database>, now = new Date()): Promise<{ warned: number; breached: number }> {
  // The level is a literal so each query matches its partial candidate index (migration 0006).
  const warned = await escalate(db, 2, sql`t.escalate_at`, now, 'sla_warning');
  const breached = await escalate(db, 3, sql`coalesce(t.fulfilment_due_at, t.resolution_due_at)`, now, 'sla_breach');
  return { warned, breached };
}

async function escalate(
  db: Kysely<Database>,
  level: 2 | 3,
  dueAt: ReturnType<typeof sql>,
  now: Date,
  eventType: 'sla_warning' | 'sla_breach',
): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const rows = await sql<Escalated>`
        UPDATE ticket AS t SET escalation_level = ${sql.lit(level)}, version = t.version + 1, updated_at = ${now}
        FROM service AS s
        WHERE s.id = t.service_id AND t.id IN (
          SELECT t.id FROM ticket AS t
          WHERE t.resolved_at IS NULL AND t.closed_at IS NULL AND t.paused_since IS NULL
            AND t.status <> 'awaiting_approval' AND t.escalation_level < ${sql.lit(level)} AND ${dueAt} <= ${now}
          ORDER BY ${dueAt}
          LIMIT ${BATCH}
          FOR UPDATE OF t SKIP LOCKED
        )
        RETURNING t.id, t.pemda_id, t.number, t.title, s.provider_pd_id, t.escalation_level`.execute(trx);
      if (rows.rows.length === 0) return 0;
      await appendTimeline(
        trx,
        rows.rows.map((t) => ({
          pemdaId: t.pemda_id,
          recordId: t.id,
          actorId: null,
          actorName: 'Sistem',
          type: eventType,
          visibility: 'internal' as const,
          data: { level, automatic: true },
          at: now,
        })),
      );
      await recordAuditMany(
        trx,
        rows.rows.map((t) => ({
          who: { pemdaId: t.pemda_id, actorId: null, actorName: 'sistem', requestId: null },
          event: { action: 'ticket.escalate_level', entityType: 'ticket', entityId: t.id, after: { level, automatic: true } },
        })),
      );
      // Many escalated tickets share a providing PD: look its level's role holders up once.
      const byPemda = new Map<string, Escalated[]>();
      for (const t of rows.rows) {
        const group = byPemda.get(t.pemda_id);
        if (group) group.push(t);
        else byPemda.set(t.pemda_id, [t]);
      }
      for (const [pemdaId, tickets] of byPemda) {
        const holders = new Map<string, string[]>();
        for (const pd of new Set(tickets.map((t) => t.provider_pd_id)))
          holders.set(pd, await roleHolders(trx, pemdaId, ESCALATION_LEVEL_ROLES[level] ?? [], pd));
        await notifyMany(
          trx,
          pemdaId,
          await pemdaTimeZone(trx, pemdaId),
          tickets.map((t) => ({
            userIds: holders.get(t.provider_pd_id) ?? [],
            recordId: t.id,
            notice: { code: `ticket.${eventType}`, params: { number: t.number, title: t.title, level } },
          })),
        );
      }
      return rows.rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

/** Closes resolved tickets the reporter did not confirm in time (SPEC §3.6), in batches until none are due. */
export async function runAutoClose(db: Kysely<Database>, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const closed = await autoCloseBatch(db, now);
    total += closed;
    if (closed < BATCH) return total;
  }
}

function autoCloseBatch(db: Kysely<Database>, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await sql<{ id: string; pemda_id: string }>`
      UPDATE ticket SET status = 'closed', closed_at = ${now}, version = version + 1, updated_at = ${now}
      WHERE id IN (
        SELECT id FROM ticket WHERE status = 'resolved' AND auto_close_at <= ${now}
        ORDER BY auto_close_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
      )
      RETURNING id, pemda_id`.execute(trx);
    await appendTimeline(
      trx,
      rows.rows.map((t) => ({
        pemdaId: t.pemda_id,
        recordId: t.id,
        actorId: null,
        actorName: 'Sistem',
        type: 'auto_closed' as const,
        data: null,
        visibility: 'public' as const,
        at: now,
      })),
    );
    await recordAuditMany(
      trx,
      rows.rows.map((t) => ({
        who: { pemdaId: t.pemda_id, actorId: null, actorName: 'sistem', requestId: null },
        event: { action: 'ticket.auto_close', entityType: 'ticket', entityId: t.id },
      })),
    );
    return rows.rows.length;
  });
}
