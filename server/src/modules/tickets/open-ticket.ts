import { PERMISSIONS, priorityOf, ticketTargets, type DeskFallback, type TimelineEntry, type Urgency } from '@sigap/core';
import { approvalStepsWrite } from '../../platform/records/approvals';
import type { Kysely } from 'kysely';
import { type AuditActor, auditWrite } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import { uuidv7 } from '../../platform/db/uuid7';
import { writeTogether } from '../../platform/db/write-together';
import { ProblemError } from '../../platform/http/problem';
import { noticeWrites } from '../../platform/records/notices';
import { allocateNumber } from '../../platform/records/numbers';
import { timelineWrite } from '../../platform/records/timeline';
import { beyondCalendar, loadTicketSetting } from './ticket-setting';
import { TicketRepository } from './tickets.repository';
import { routeTicket } from './ticket-routing';

export interface NewTicket {
  /** When the report counts from: now, or the time an agent set for a report received earlier. */
  reportedAt: Date;
  /** The agent's reason for a report time earlier than now (issue 17, item 8); null when it is now. */
  backdateReason: string | null;
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

/** What opening a ticket made: its id and number, and the desk it went to. */
export interface OpenedTicket {
  id: string;
  number: string;
  handlingPdId: string;
  tier: 1 | 2;
  fallback: DeskFallback | null;
}

/**
 * Opens a ticket in the caller's transaction: priority from the matrix, the desk that takes
 * it (or its fallback when nobody staffs it), due times on the service's calendar from when it
 * was reported, the first timeline entries, notifications and audit. The number is taken last,
 * in the same transaction: a creation that fails gives it back.
 */
export async function openTicket(trx: Kysely<Database>, pemdaId: string, who: AuditActor, input: NewTicket): Promise<OpenedTicket> {
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

  const reporterPdId = input.reporter.perangkatDaerahId;
  const route = await routeTicket(trx, pemdaId, setting.service, reporterPdId, requiresApproval);
  const decision = priorityOf(setting.policy.priorityMatrix, {
    impact: input.impact,
    serviceType: setting.service.serviceType,
    classification: setting.service.classification,
  });
  const { reportedAt } = input;
  const targets = ticketTargets(setting.policy, setting.calendar, {
    reportedAt,
    priority: decision.priority,
    urgency: input.urgency,
    fulfilmentMinutes,
    pausedMinutes: 0,
  });

  const status = requiresApproval ? 'awaiting_approval' : 'new';
  const recordedAt = new Date();
  const id = uuidv7(recordedAt.getTime());
  const repo = new TicketRepository(trx);
  const subject = { pemdaId, recordId: id, timeZone: setting.calendar.timeZone ?? 'Asia/Jakarta' };
  const actorName = who.actorName ?? input.reporter.name;
  const later = (entry: TimelineEntry & { body?: string | null }) => ({
    ...entry,
    pemdaId,
    recordId: id,
    actorId: who.actorId,
    actorName,
    visibility: entry.type === 'routed_fallback' ? ('internal' as const) : ('public' as const),
    at: recordedAt,
  });
  // Taken last, so the counter's lock is held for the inserts and the commit only.
  const { number } = await allocateNumber(trx, pemdaId, input.kind, recordedAt);
  // The ticket, its first timeline entries, the notices and the audit record: one round trip.
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
      handling_pd_id: route.desk.pdId,
      tier: route.desk.tier,
      approval: requiresApproval ? 'pending' : null,
      approver_pd_id: route.approval?.pdId ?? null,
      reported_at: reportedAt,
      response_due_at: targets.responseDueAt,
      resolution_due_at: targets.resolutionDueAt,
      fulfilment_due_at: targets.fulfilmentDueAt,
      escalate_at: targets.escalateAt,
      created_at: recordedAt,
    }),
    timelineWrite(trx, [
      {
        pemdaId,
        recordId: id,
        actorId: who.actorId,
        actorName,
        type: 'created',
        visibility: 'public',
        body: input.description,
        data: { channel: input.channel, priority: decision.priority, tier: route.desk.tier, status },
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
      ...(input.backdateReason !== null
        ? [
            later({
              type: 'reported_at_set',
              data: { reportedAt: reportedAt.toISOString(), recordedAt: recordedAt.toISOString() },
              body: input.backdateReason,
            }),
          ]
        : []),
      ...route.notes.map((data) => later({ type: 'routed_fallback', data })),
    ]),
    ...noticeWrites(trx, subject, route.told, {
      code: requiresApproval ? 'ticket.approval_needed' : 'ticket.new',
      params: {
        number,
        title: input.title,
        priority: decision.priority,
        service: setting.service.name,
        respondBy: targets.responseDueAt.toISOString(),
      },
    }),
    ...(route.takeOver
      ? noticeWrites(trx, subject, route.takeOver.recipients, {
          code: 'ticket.no_one_to_act',
          params: { number, title: input.title, service: setting.service.name, reason: route.takeOver.reason, pd: route.takeOver.pdName },
        })
      : []),
    // A request that needs approval opens the approval step its approvers decide (signed).
    route.approval
      ? approvalStepsWrite(trx, pemdaId, id, [
          { purpose: 'ticket.request', roles: PERMISSIONS['tickets.approve'], scopePdId: route.approval.pdId, quorum: 1 },
        ])
      : null,
    auditWrite(trx, [
      {
        who,
        event: {
          action: 'ticket.create',
          entityType: 'ticket',
          entityId: id,
          after: {
            number,
            kind: input.kind,
            serviceId: input.serviceId,
            priority: decision.priority,
            status,
            handlingPdId: route.desk.pdId,
            tier: route.desk.tier,
            fallback: route.fallback,
            approverPdId: route.approval?.pdId ?? null,
            reportedAt: reportedAt.toISOString(),
            ...(input.backdateReason !== null ? { recordedAt: recordedAt.toISOString(), backdateReason: input.backdateReason } : {}),
          },
        },
      },
    ]),
  ]);

  return { id, number, handlingPdId: route.desk.pdId, tier: route.desk.tier, fallback: route.fallback };
}
