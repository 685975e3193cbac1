import {
  addWorkingDays,
  clockCalendar,
  priorityOf,
  ticketTargets,
  workingMinutesBetween,
  type Priority,
  type TicketAction,
  type TicketStatus,
  type Urgency,
} from '@sigap/core';
import type { Kysely, Updateable } from 'kysely';
import { type AuditActor, recordAudit } from '../../platform/audit/audit';
import type { Database, TicketRow, TicketTable } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { notify, roleHolders } from '../notifications/notifications.service';
import { DESK_ROLES, LEVEL_ROLES, loadTicketSetting, type TicketSetting } from './ticket-setting';
import { TicketRepository } from './tickets.repository';
import { allowedActions, isResponse, statusAfter } from './tickets.rules';
import type { TicketViewer } from './ticket-view';

const ACTION_LABELS: Record<TicketAction['action'], string> = {
  take: 'diambil untuk ditangani',
  assign: 'ditugaskan',
  comment: 'dikomentari',
  wait_user: 'menunggu tanggapan pelapor',
  resume: 'dilanjutkan',
  escalate_tier: 'dieskalasi ke Service Desk Tier 2',
  escalate_line: 'dieskalasi ke Administrator Infrastruktur dan Aplikasi',
  escalate_level: 'dieskalasi secara hierarkis',
  vendor: 'melibatkan penyedia/rekanan',
  reprioritise: 'diprioritaskan ulang',
  convert_to_incident: 'diubah menjadi aduan/gangguan',
  approve: 'disetujui',
  reject: 'ditolak',
  resolve: 'diselesaikan',
  confirm: 'dikonfirmasi pelapor',
  reopen: 'dibuka kembali',
};

/** Due times after impact/urgency/priority or the paused time changed. */
function retarget(
  setting: TicketSetting,
  row: TicketRow,
  priority: Priority,
  urgency: Urgency,
  pausedMinutes: number,
  kind: string,
  fulfilmentMinutes: number | null,
) {
  const t = ticketTargets(setting.policy, setting.calendar, {
    reportedAt: row.reported_at,
    priority,
    urgency,
    fulfilmentMinutes: kind === 'request' ? fulfilmentMinutes : null,
    pausedMinutes,
  });
  return {
    response_due_at: t.responseDueAt,
    resolution_due_at: t.resolutionDueAt,
    fulfilment_due_at: t.fulfilmentDueAt,
    escalate_at: t.escalateAt,
  };
}

/**
 * Applies one action to a ticket the caller has locked, as `viewer`. Everything it changes —
 * the row, the timeline, the audit record, notifications — commits together.
 */
export async function applyTicketAction(
  trx: Kysely<Database>,
  row: TicketRow,
  who: AuditActor & { actorName: string },
  viewer: TicketViewer,
  action: TicketAction,
) {
  if (row.version !== action.version) throw new ProblemError('conflict.version');
  const status = row.status as TicketStatus;
  const allowed = allowedActions(
    {
      kind: row.kind,
      status,
      tier: row.tier,
      supportLine: row.support_line,
      escalationLevel: row.escalation_level,
      approval: row.approval,
    },
    viewer.kind,
    viewer.canApprove,
  );
  const permitted =
    viewer.kind === 'reporter' || viewer.handles || (viewer.canApprove && (action.action === 'approve' || action.action === 'reject'));
  if (!permitted || !allowed.includes(action.action)) throw new ProblemError('ticket.action_not_allowed');

  const repo = new TicketRepository(trx);
  const setting = await loadTicketSetting(trx, row.pemda_id, row.service_id);
  const now = new Date();
  const satisfied = action.action === 'confirm' ? action.satisfaction === 'puas' : undefined;
  const nextStatus = statusAfter(status, action.action, satisfied);
  const changes: Updateable<TicketTable> = { status: nextStatus };
  const events: { type: string; visibility: 'public' | 'internal'; body?: string | null; data?: unknown }[] = [];
  const tell: { userIds: string[]; emails: string[]; title: string; body: string }[] = [];
  const reporterEmail = row.reporter_email ? [row.reporter_email] : [];
  const reporterIds = row.reporter_user_id ? [row.reporter_user_id] : [];

  // Leaving "waiting on the user" stops the pause; the resolution clock resumes (SPEC §3.2).
  let pausedMinutes = row.paused_minutes;
  if (row.status === 'waiting_user' && nextStatus !== 'waiting_user' && row.paused_since) {
    pausedMinutes += workingMinutesBetween(clockCalendar(setting.calendar, setting.policy.clocks.resolution), row.paused_since, now);
    changes.paused_since = null;
    changes.paused_minutes = pausedMinutes;
  }
  let priority = row.priority as Priority;
  let urgency = row.urgency as Urgency;
  let kind = row.kind;
  let retargetNeeded = changes.paused_minutes !== undefined;

  switch (action.action) {
    case 'take':
      changes.assignee_id = who.actorId;
      events.push({ type: 'taken', visibility: 'internal' });
      break;
    case 'assign': {
      const assignee = await trx
        .selectFrom('app_user')
        .select(['id', 'name'])
        .where('pemda_id', '=', row.pemda_id)
        .where('id', '=', action.assigneeId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!assignee) throw new ProblemError('validation.failed', [{ path: 'assigneeId', message: 'Petugas tidak ditemukan.' }]);
      changes.assignee_id = assignee.id;
      events.push({ type: 'assigned', visibility: 'internal', data: { assigneeId: assignee.id, assigneeName: assignee.name } });
      tell.push({ userIds: [assignee.id], emails: [], title: `${row.number} ditugaskan kepada Anda`, body: row.title });
      break;
    }
    case 'comment':
      events.push({ type: 'comment', visibility: viewer.kind === 'reporter' ? 'public' : action.visibility, body: action.body });
      if (viewer.kind === 'reporter' && row.status === 'waiting_user' && row.paused_since) {
        pausedMinutes =
          row.paused_minutes +
          workingMinutesBetween(clockCalendar(setting.calendar, setting.policy.clocks.resolution), row.paused_since, now);
        Object.assign(changes, { status: 'in_progress', paused_since: null, paused_minutes: pausedMinutes });
        retargetNeeded = true;
      }
      if (viewer.kind === 'reporter' && row.assignee_id)
        tell.push({ userIds: [row.assignee_id], emails: [], title: `${row.number}: tanggapan pelapor`, body: action.body });
      if (viewer.kind === 'agent' && action.visibility === 'public')
        tell.push({ userIds: reporterIds, emails: reporterEmail, title: `${row.number}: pesan dari petugas`, body: action.body });
      break;
    case 'wait_user':
      changes.paused_since = now;
      events.push({ type: 'waiting_user', visibility: 'public', body: action.body });
      tell.push({
        userIds: reporterIds,
        emails: reporterEmail,
        title: `${row.number}: petugas menunggu tanggapan Anda`,
        body: action.body,
      });
      break;
    case 'resume':
      events.push({ type: 'resumed', visibility: 'internal' });
      break;
    case 'escalate_tier': {
      const diskominfo = await trx
        .selectFrom('perangkat_daerah')
        .select('id')
        .where('pemda_id', '=', row.pemda_id)
        .where('is_diskominfo', '=', true)
        .orderBy('created_at')
        .executeTakeFirst();
      if (!diskominfo)
        throw new ProblemError('validation.failed', [{ path: 'action', message: 'Pemda belum memiliki Diskominfo (Tier 2).' }]);
      Object.assign(changes, { handling_pd_id: diskominfo.id, tier: 2, assignee_id: null });
      events.push({
        type: 'escalated_tier',
        visibility: 'public',
        body: action.body,
        data: { from: row.handling_pd_id, to: diskominfo.id },
      });
      tell.push({
        userIds: await roleHolders(trx, row.pemda_id, [...DESK_ROLES[2]], diskominfo.id),
        emails: [],
        title: `${row.number} dieskalasi ke Tier 2`,
        body: action.body,
      });
      break;
    }
    case 'escalate_line': {
      changes.support_line = 'admin_infra';
      events.push({ type: 'escalated_line', visibility: 'public', body: action.body });
      const infra = await trx
        .selectFrom('service_staff')
        .select('user_id')
        .where('service_id', '=', row.service_id)
        .where('kind', '=', 'admin_infra')
        .execute();
      const holders = infra.length
        ? infra.map((s) => s.user_id)
        : await roleHolders(trx, row.pemda_id, ['admin_infra_aplikasi'], setting.service.providerPdId);
      tell.push({
        userIds: holders,
        emails: [],
        title: `${row.number} dieskalasi ke Administrator Infrastruktur dan Aplikasi`,
        body: action.body,
      });
      break;
    }
    case 'escalate_level': {
      const level = row.escalation_level + 1;
      changes.escalation_level = level;
      events.push({ type: 'escalated_level', visibility: 'internal', body: action.body, data: { level, automatic: false } });
      tell.push({
        userIds: await roleHolders(trx, row.pemda_id, LEVEL_ROLES[level] ?? [], setting.service.providerPdId),
        emails: [],
        title: `${row.number} dieskalasi ke level ${level}`,
        body: action.body,
      });
      break;
    }
    case 'vendor':
      changes.vendor_note = action.body;
      events.push({ type: 'vendor', visibility: 'internal', body: action.body });
      break;
    case 'reprioritise':
    case 'convert_to_incident': {
      urgency = action.urgency;
      const decision = priorityOf(setting.policy.priorityMatrix, {
        impact: action.impact,
        serviceType: setting.service.serviceType,
        classification: setting.service.classification,
      });
      priority = action.action === 'reprioritise' && action.priority ? action.priority : decision.priority;
      if (action.action === 'convert_to_incident') kind = 'incident';
      Object.assign(changes, {
        impact: action.impact,
        urgency,
        priority,
        kind,
        priority_reason: JSON.stringify(decision),
        priority_override_reason: priority === decision.priority ? null : action.body,
      });
      retargetNeeded = true;
      events.push({
        type: action.action === 'reprioritise' ? 'reprioritised' : 'converted',
        visibility: 'public',
        body: action.body,
        data: { from: row.priority, to: priority, impact: action.impact, urgency },
      });
      break;
    }
    case 'approve':
      changes.approval = 'approved';
      events.push({ type: 'approved', visibility: 'public', body: action.body });
      tell.push({
        userIds: [...reporterIds, ...(await roleHolders(trx, row.pemda_id, [...DESK_ROLES[row.tier === 2 ? 2 : 1]], row.handling_pd_id))],
        emails: reporterEmail,
        title: `${row.number} disetujui`,
        body: row.title,
      });
      break;
    case 'reject':
      Object.assign(changes, { approval: 'rejected', closed_at: now });
      events.push({ type: 'rejected', visibility: 'public', body: action.body });
      tell.push({ userIds: reporterIds, emails: reporterEmail, title: `${row.number} ditolak`, body: action.body });
      break;
    case 'resolve':
      Object.assign(changes, {
        resolved_at: now,
        cause: action.cause ?? row.cause,
        auto_close_at: addWorkingDays(setting.calendar, now, setting.policy.autoCloseWorkingDays),
      });
      events.push({ type: 'resolved', visibility: 'public', body: action.body, data: { cause: action.cause } });
      tell.push({
        userIds: reporterIds,
        emails: reporterEmail,
        title: `${row.number} telah diselesaikan — mohon konfirmasi`,
        body: `${action.body}\n\nMohon konfirmasi penyelesaian dan isi survei kepuasan${row.tracking_code ? ` dengan kode pelacakan ${row.tracking_code}` : ''}.`,
      });
      break;
    case 'confirm':
      Object.assign(changes, { satisfaction: action.satisfaction, rating: action.rating, feedback: action.feedback, confirmed_at: now });
      events.push({
        type: 'confirmed',
        visibility: 'public',
        body: action.feedback,
        data: { satisfaction: action.satisfaction, rating: action.rating },
      });
      if (satisfied) {
        changes.closed_at = now;
        events.push({ type: 'closed', visibility: 'public' });
      } else {
        Object.assign(changes, { resolved_at: null, auto_close_at: null });
        events.push({ type: 'reopened', visibility: 'public', body: 'Pelapor tidak puas; tiket dikembalikan ke penanganan.' });
        tell.push({
          userIds: row.assignee_id
            ? [row.assignee_id]
            : await roleHolders(trx, row.pemda_id, [...DESK_ROLES[row.tier === 2 ? 2 : 1]], row.handling_pd_id),
          emails: [],
          title: `${row.number}: pelapor tidak puas`,
          body: action.feedback ?? '',
        });
      }
      break;
    case 'reopen':
      Object.assign(changes, { resolved_at: null, closed_at: null, auto_close_at: null });
      events.push({ type: 'reopened', visibility: 'public', body: action.body });
      break;
  }

  if (
    viewer.kind === 'agent' &&
    !row.first_response_at &&
    isResponse(action.action, action.action === 'comment' ? action.visibility : undefined)
  ) {
    changes.first_response_at = now;
    events.unshift({ type: 'first_response', visibility: 'public', data: { met: now <= row.response_due_at } });
  }
  if (retargetNeeded) {
    const fulfilment = row.request_type_id
      ? ((
          await trx.selectFrom('service_request_type').select('fulfilment_minutes').where('id', '=', row.request_type_id).executeTakeFirst()
        )?.fulfilment_minutes ?? null)
      : null;
    Object.assign(changes, retarget(setting, row, priority, urgency, pausedMinutes, kind, fulfilment));
  }
  if (action.action !== 'comment' && row.status !== nextStatus)
    events.push({ type: 'status', visibility: 'public', data: { from: row.status, to: nextStatus } });

  if (!(await repo.update(row.id, row.version, changes))) throw new ProblemError('conflict.version');
  for (const e of events)
    await repo.addEvent({ pemdaId: row.pemda_id, ticketId: row.id, actorId: who.actorId, actorName: who.actorName, ...e, at: now });
  await recordAudit(trx, who, {
    action: `ticket.${action.action}`,
    entityType: 'ticket',
    entityId: row.id,
    before: {
      status: row.status,
      priority: row.priority,
      tier: row.tier,
      assigneeId: row.assignee_id,
      escalationLevel: row.escalation_level,
    },
    after: { status: nextStatus, label: ACTION_LABELS[action.action], ...changes },
  });
  for (const t of tell)
    await notify(
      trx,
      row.pemda_id,
      t.userIds.filter((id) => id !== who.actorId),
      { kind: `ticket.${action.action}`, title: t.title, body: t.body, ticketId: row.id },
      t.emails,
    );
}
