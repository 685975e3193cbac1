import { DESK_ROLES, DESK_TIER_ROLES, PERMISSIONS, priorityOf, ticketTargets, type Urgency } from '@sigap/core';
import { approvalStepsWrite } from '../../platform/records/approvals';
import type { Kysely } from 'kysely';
import { type AuditActor, auditWrite } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import { uuidv7 } from '../../platform/db/uuid7';
import { writeTogether } from '../../platform/db/write-together';
import { ProblemError } from '../../platform/http/problem';
import { noticeWrites } from '../../platform/records/notices';
import { timelineWrite } from '../../platform/records/timeline';
import { roleHoldings } from '../identity';
import { beyondCalendar, loadTicketSetting } from './ticket-setting';
import { TicketRepository } from './tickets.repository';
import { routeNewTicket } from './tickets.rules';

export interface NewTicket {
  /** Allocated before the transaction (allocateTicketNumber) so no counter lock is held to commit. */
  number: string;
  reportedAt: Date;
  kind: 'incident' | 'request' | 'operation';
  serviceId: string;
  requestTypeId: string | null;
  title: string;
  description: string;
  category: string | null;
  impact: 'mayor' | 'minor';
  urgency: Urgency;
  affectedItems: string | null;
  channel: string;
  contactPreference: string;
  reporter: {
    userId: string | null;
    name: string;
    email: string | null;
    phone: string | null;
    nip: string | null;
    perangkatDaerahId: string | null;
  };
  trackingCode: string | null;
  recordedBy: string | null;
  /** Anonymous reports are accepted only for services open to public reporting. */
  publicReport: boolean;
}

/** Everyone routing and telling about a new ticket may need: the desks of both tiers and the approvers. */
const ROUTING_ROLES = [...new Set([...DESK_ROLES[1], ...DESK_ROLES[2], ...PERMISSIONS['tickets.approve']])];

/**
 * Opens a ticket in the caller's transaction: priority from the matrix, the desk that takes
 * it, due times on the service's calendar, the first timeline entry, notifications and audit.
 */
export async function openTicket(trx: Kysely<Database>, pemdaId: string, who: AuditActor, input: NewTicket): Promise<string> {
  const setting = await loadTicketSetting(trx, pemdaId, input.serviceId);
  if (!setting.service.active || (input.publicReport && !setting.service.publicReporting))
    throw new ProblemError('ticket.service_inactive');

  let fulfilmentMinutes: number | null = null;
  let requiresApproval = false;
  if (input.kind === 'request') {
    if (!input.requestTypeId) throw new ProblemError('ticket.request_type_required');
    const rt = await trx
      .selectFrom('service_request_type')
      .select(['fulfilment_minutes', 'requires_approval'])
      .where('id', '=', input.requestTypeId)
      .where('service_id', '=', input.serviceId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!rt)
      throw new ProblemError('validation.failed', [
        { path: 'requestTypeId', message: 'Jenis permintaan tidak ditemukan pada layanan ini.' },
      ]);
    fulfilmentMinutes = rt.fulfilment_minutes;
    requiresApproval = rt.requires_approval;
  }

  // Everyone the routing and the notices need, in one lookup: Tier 1 of the reporter's PD, and
  // the desk and owner roles of the providing PD (Diskominfo's Tier 2 for its own services).
  const reporterPdId = input.reporter.perangkatDaerahId;
  const holdings = await roleHoldings(trx, pemdaId, ROUTING_ROLES, [setting.service.providerPdId, ...(reporterPdId ? [reporterPdId] : [])]);
  const holdersOf = (roles: readonly string[], pdId: string) =>
    holdings.filter((h) => roles.includes(h.role) && (h.perangkat_daerah_id === pdId || h.perangkat_daerah_id === null));
  const route = routeNewTicket({
    providerPdId: setting.service.providerPdId,
    providerIsDiskominfo: setting.service.providerIsDiskominfo,
    reporterPdId,
    reporterPdHasTier1: reporterPdId !== null && holdersOf(DESK_TIER_ROLES[1], reporterPdId).length > 0,
  });
  const decision = priorityOf(setting.policy.priorityMatrix, {
    impact: input.impact,
    serviceType: setting.service.serviceType,
    classification: setting.service.classification,
  });
  const { reportedAt, number } = input;
  const targets = ticketTargets(setting.policy, setting.calendar, {
    reportedAt,
    priority: decision.priority,
    urgency: input.urgency,
    fulfilmentMinutes,
    pausedMinutes: 0,
  });

  const status = requiresApproval ? 'awaiting_approval' : 'new';
  const told = [
    ...holdersOf(DESK_ROLES[route.tier], route.handlingPdId),
    ...(requiresApproval ? holdersOf(PERMISSIONS['tickets.approve'], setting.service.providerPdId) : []),
  ];
  const id = uuidv7(reportedAt.getTime());
  const repo = new TicketRepository(trx);
  // The ticket, its first timeline entry, the notices and the audit record: one round trip.
  await writeTogether(trx, [
    repo.insertWrite({
      id,
      pemda_id: pemdaId,
      number,
      kind: input.kind,
      service_id: input.serviceId,
      request_type_id: input.requestTypeId,
      title: input.title,
      description: input.description,
      channel: input.channel,
      category: input.category,
      impact: input.impact,
      urgency: input.urgency,
      priority: decision.priority,
      priority_reason: JSON.stringify(decision),
      status,
      affected_items: input.affectedItems,
      reporter_user_id: input.reporter.userId,
      reporter_name: input.reporter.name,
      reporter_email: input.reporter.email,
      reporter_phone: input.reporter.phone,
      reporter_nip: input.reporter.nip,
      reporter_pd_id: reporterPdId,
      contact_preference: input.contactPreference,
      tracking_code: input.trackingCode,
      recorded_by: input.recordedBy,
      handling_pd_id: route.handlingPdId,
      tier: route.tier,
      approval: requiresApproval ? 'pending' : null,
      reported_at: reportedAt,
      response_due_at: targets.responseDueAt,
      resolution_due_at: targets.resolutionDueAt,
      fulfilment_due_at: targets.fulfilmentDueAt,
      escalate_at: targets.escalateAt,
    }),
    timelineWrite(trx, [
      {
        pemdaId,
        recordId: id,
        actorId: who.actorId,
        actorName: who.actorName ?? input.reporter.name,
        type: 'created',
        visibility: 'public',
        body: input.description,
        data: { channel: input.channel, priority: decision.priority, tier: route.tier, status },
        at: reportedAt,
      },
      ...(beyondCalendar(reportedAt, [targets.responseDueAt, targets.resolutionDueAt, targets.fulfilmentDueAt, targets.escalateAt])
        ? [
            {
              pemdaId,
              recordId: id,
              actorId: null,
              actorName: 'Sistem',
              type: 'clock_beyond_calendar' as const,
              visibility: 'internal' as const,
              data: null,
              at: reportedAt,
            },
          ]
        : []),
    ]),
    ...noticeWrites(trx, { pemdaId, recordId: id, timeZone: setting.calendar.timeZone ?? 'Asia/Jakarta' }, told, {
      code: requiresApproval ? 'ticket.approval_needed' : 'ticket.new',
      params: {
        number,
        title: input.title,
        priority: decision.priority,
        service: setting.service.name,
        respondBy: targets.responseDueAt.toISOString(),
      },
    }),
    // A request that needs approval opens the approval step its providing PD's approvers decide (signed).
    requiresApproval
      ? approvalStepsWrite(trx, pemdaId, id, [
          { purpose: 'ticket.request', roles: PERMISSIONS['tickets.approve'], scopePdId: setting.service.providerPdId, quorum: 1 },
        ])
      : null,
    auditWrite(trx, [
      {
        who,
        event: {
          action: 'ticket.create',
          entityType: 'ticket',
          entityId: id,
          after: { number, kind: input.kind, serviceId: input.serviceId, priority: decision.priority, status },
        },
      },
    ]),
  ]);

  return id;
}
