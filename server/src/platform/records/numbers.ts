import { formatRecordNumber, type NumberSeries } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * The next readable number of a series (INC-2026-000042, PRB-2026-000007) in a Pemda, taken in
 * the transaction that creates the record: when that transaction rolls back, so does the
 * counter, and the number goes to the next record. Numbers have no gaps an auditor must have
 * explained (issue 17, item 1); a replayed Idempotency-Key takes none.
 *
 * The counter row is the one place every creation of a series in a Pemda queues for, and its lock
 * is held until the creating transaction commits: call this as late as the creation allows (right
 * before the record's inserts), so the lock spans those inserts and the commit only.
 */
export async function allocateNumber(
  trx: Kysely<Database>,
  pemdaId: string,
  series: NumberSeries,
  at = new Date(),
): Promise<{ number: string; at: Date }> {
  // Outside a transaction the number would commit on its own, and a failed creation would leave a gap.
  if (!trx.isTransaction) throw new Error('allocateNumber runs in the creating transaction');
  const year = at.getUTCFullYear();
  const row = await trx
    .insertInto('record_counter')
    .values({ pemda_id: pemdaId, series, year, last: 1 })
    .onConflict((oc) => oc.columns(['pemda_id', 'series', 'year']).doUpdateSet((eb) => ({ last: eb('record_counter.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return { number: formatRecordNumber(series, year, row.last), at };
}
