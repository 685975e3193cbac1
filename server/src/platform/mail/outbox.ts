import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { insertRows } from '../db/insert-rows';
import type { Database } from '../db/schema';
import type { MailMessage, Mailer } from './mailer';

/** Queues e-mails in the caller's transaction: they are sent only if the write commits. */
export async function enqueueEmails(trx: Kysely<Database>, pemdaId: string | null, messages: MailMessage[]) {
  await emailWrite(trx, pemdaId, messages)?.execute();
}

/** The outbox insert for some e-mails, built and not run (null when there are none). */
export function emailWrite(trx: Kysely<Database>, pemdaId: string | null, messages: MailMessage[]) {
  if (messages.length === 0) return null;
  return insertRows(
    trx,
    'outbox',
    messages.map((m) => ({ pemda_id: pemdaId, kind: 'email' as const, payload: JSON.stringify(m) })),
  );
}

const LEASE_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Sends what is due. Rows are leased first (a short transaction with SKIP LOCKED), then sent
 * outside any transaction, so several processes never send the same mail and a slow or
 * absent mail server never holds database locks. A failure is retried with backoff.
 */
export async function drainOutbox(db: Kysely<Database>, mailer: Mailer, batch = 20): Promise<{ sent: number; failed: number }> {
  const leased = await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .select(['id', 'payload', 'attempts'])
      .where('sent_at', 'is', null)
      .where('kind', '=', 'email')
      .where('next_attempt_at', '<=', new Date())
      .orderBy('next_attempt_at')
      .limit(batch)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length) {
      await trx
        .updateTable('outbox')
        .set({ next_attempt_at: new Date(Date.now() + LEASE_MS) })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
    }
    return rows;
  });
  let sent = 0;
  let failed = 0;
  for (const row of leased) {
    try {
      await mailer.send(row.payload as MailMessage);
      await db
        .updateTable('outbox')
        .set({ sent_at: new Date(), attempts: row.attempts + 1, last_error: null })
        .where('id', '=', row.id)
        .execute();
      sent += 1;
    } catch (error) {
      const backoff = Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** row.attempts);
      await db
        .updateTable('outbox')
        .set({ attempts: row.attempts + 1, last_error: String(error).slice(0, 500), next_attempt_at: new Date(Date.now() + backoff) })
        .where('id', '=', row.id)
        .execute();
      failed += 1;
    }
  }
  return { sent, failed };
}

export async function pendingEmails(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select(sql<number>`count(*)`.as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}
