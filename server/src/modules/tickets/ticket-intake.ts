import { reportTime, TicketStatus, type TicketRecord, type TicketRecordReceipt } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { Actor } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { loadPolicy } from '../sla';
import type { OpenedTicket } from './open-ticket';
import { viewerOf } from './ticket-viewer';

/** The caller of a recorded report: their account's details when they have one, their PD checked to be this Pemda's. */
export async function recordedReporter(trx: Kysely<Database>, pemdaId: string, reporter: TicketRecord['reporter']) {
  if (reporter.userId) {
    const u = await trx
      .selectFrom('app_user')
      .select(['name', 'email', 'phone', 'nip', 'perangkat_daerah_id'])
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', reporter.userId)
      .executeTakeFirst();
    if (!u) throw new ProblemError('validation.failed', [{ path: 'reporter.userId', message: 'Pengguna tidak ditemukan.' }]);
    return {
      userId: reporter.userId,
      name: u.name,
      email: u.email,
      phone: u.phone ?? reporter.phone,
      nip: u.nip,
      perangkatDaerahId: u.perangkat_daerah_id,
    };
  }
  if (reporter.perangkatDaerahId) {
    // A PD of another Pemda would route nothing, yet show its name on this Pemda's ticket.
    const pd = await trx
      .selectFrom('perangkat_daerah')
      .select('id')
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', reporter.perangkatDaerahId)
      .executeTakeFirst();
    if (!pd)
      throw new ProblemError('validation.failed', [{ path: 'reporter.perangkatDaerahId', message: 'Perangkat Daerah tidak ditemukan.' }]);
  }
  return reporter;
}

/**
 * When a recorded report counts from (issue 17, item 8): now, or the time the agent set — not in
 * the future and at most the Pemda's `reportBackdateDays` back — with the agent's reason.
 */
export async function reportTimeOf(
  trx: Kysely<Database>,
  pemdaId: string,
  input: Pick<TicketRecord, 'reportedAt' | 'reportedAtReason'>,
): Promise<{ reportedAt: Date; backdateReason: string | null }> {
  const now = new Date();
  if (input.reportedAt === null) return { reportedAt: now, backdateReason: null };
  const { policy } = await loadPolicy(trx, pemdaId);
  const time = reportTime(now, new Date(input.reportedAt), policy.reportBackdateDays);
  if (!time.ok) {
    const message =
      time.refusal.reason === 'future'
        ? 'Waktu dilaporkan tidak boleh di masa depan.'
        : time.refusal.maxDaysBack === 0
          ? 'Pemda ini tidak mengizinkan waktu dilaporkan sebelum saat pencatatan.'
          : `Waktu dilaporkan paling lama ${time.refusal.maxDaysBack} hari sebelum saat pencatatan.`;
    throw new ProblemError('validation.failed', [{ path: 'reportedAt', message }]);
  }
  return { reportedAt: time.at, backdateReason: time.backdated ? input.reportedAtReason : null };
}

/** The receipt of a recorded report, read in the creating transaction; whether the recorder may open it decided as the ticket page would. */
export async function receiptOf(
  trx: Kysely<Database>,
  actor: Actor,
  opened: OpenedTicket,
  trackingCode: string | null,
): Promise<TicketRecordReceipt> {
  const row = await trx
    .selectFrom('ticket as t')
    .innerJoin('service as s', 's.id', 't.service_id')
    .innerJoin('perangkat_daerah as hpd', 'hpd.id', 't.handling_pd_id')
    .selectAll('t')
    .select(['s.name as service_name', 's.provider_pd_id', 'hpd.name as handling_pd_name'])
    .where('t.pemda_id', '=', actor.pemdaId)
    .where('t.id', '=', opened.id)
    .executeTakeFirstOrThrow();
  const { service_name: serviceName, provider_pd_id: providerPdId, handling_pd_name: handlingPdName, ...ticket } = row;
  return {
    id: ticket.id,
    number: ticket.number,
    kind: ticket.kind,
    status: TicketStatus.parse(ticket.status),
    serviceName,
    handlingPdId: ticket.handling_pd_id,
    handlingPdName,
    tier: ticket.tier,
    fallback: opened.fallback,
    reportedAt: ticket.reported_at.toISOString(),
    responseDueAt: ticket.response_due_at.toISOString(),
    trackingCode,
    canOpen: viewerOf(actor, ticket, providerPdId) !== null,
  };
}
