import { addWorkingDays } from '@sigap/core';
import { sql } from 'kysely';
import type { TicketActionContext } from './ticket-action-context';
import type { WorkOrder } from './work-order';

const KIND_LABEL = { incident: 'Aduan/Gangguan', request: 'Permintaan Layanan', operation: 'Permohonan Pengoperasian Layanan' } as const;

/** A ticket's n-th work order: "SPMK/INC-2026-000123/2" (numbered within its ticket, so the series has no gaps). */
export function workOrderNumber(ticketNumber: string, n: number): string {
  return `SPMK/${ticketNumber}/${n}`;
}

/** What a work order names besides the plan: the Pemda, the providing PD, the ticket and the due date. */
export async function workOrderFacts(ctx: TicketActionContext, deliveryDays: number) {
  const { trx, row, setting, now } = ctx;
  const [pemda, provider, issued] = await Promise.all([
    trx.selectFrom('pemda').select('name').where('id', '=', row.pemda_id).executeTakeFirstOrThrow(),
    trx
      .selectFrom('perangkat_daerah')
      .select('name')
      .where('pemda_id', '=', row.pemda_id)
      .where('id', '=', setting.service.providerPdId)
      .executeTakeFirstOrThrow(),
    trx
      .selectFrom('record_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('pemda_id', '=', row.pemda_id)
      .where('record_id', '=', row.id)
      .where('type', '=', 'work_planned')
      .where(sql<boolean>`data->>'workOrderNumber' IS NOT NULL`)
      .executeTakeFirstOrThrow(),
  ]);
  let dueAt: Date | null;
  try {
    dueAt = addWorkingDays(setting.calendar, now, deliveryDays);
  } catch {
    dueAt = null;
  }
  return {
    issued: Number(issued.n),
    pemdaName: pemda.name,
    providerPdName: provider.name,
    ticket: {
      number: row.number,
      title: row.title,
      description: row.description,
      serviceName: setting.service.name,
      priority: row.priority,
      kindLabel: KIND_LABEL[row.kind],
    },
    dueAt,
    timeZone: setting.calendar.timeZone ?? 'Asia/Jakarta',
  } satisfies Partial<WorkOrder> & { issued: number };
}
