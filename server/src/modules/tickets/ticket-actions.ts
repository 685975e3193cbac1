import {
  allowedActionsOf,
  clockCalendar,
  isResponse,
  nextState,
  ticketTargets,
  ticketWorkflow,
  workingMinutesBetween,
  type Priority,
  type TicketAction,
  TicketStatus,
  type Urgency,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { type AuditActor, recordAudit } from '../../platform/audit/audit';
import type { Database, TicketRow } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { loadEffects, type Effect } from '../../platform/records/effects';
import { notify } from '../../platform/records/notices';
import { appendTimeline } from '../../platform/records/timeline';
import { relationsOf, type TicketActionContext } from './ticket-action-context';
import { beyondCalendar, loadTicketSetting, type TicketSetting } from './ticket-setting';
import type { TicketViewer } from './ticket-viewer';
import { TicketRepository } from './tickets.repository';

let effects: Promise<Map<string, Effect<typeof ticketWorkflow, TicketActionContext>>> | null = null;
/** The effect files of ./actions, loaded once. */
export function ticketEffects() {
  effects ??= loadEffects<typeof ticketWorkflow, TicketActionContext>(ticketWorkflow, new URL('./actions/', import.meta.url));
  return effects;
}

/** The workflow's view of a ticket row. */
export function ticketState(row: {
  kind: 'incident' | 'request' | 'operation';
  tier: number;
  support_line: string;
  escalation_level: number;
}) {
  return { kind: row.kind, tier: row.tier, supportLine: row.support_line, escalationLevel: row.escalation_level };
}

/** What a viewer may do to a ticket now. */
export function ticketActionsFor(
  row: { status: string; kind: 'incident' | 'request' | 'operation'; tier: number; support_line: string; escalation_level: number },
  viewer: TicketViewer,
) {
  return allowedActionsOf(ticketWorkflow, TicketStatus.parse(row.status), ticketState(row), relationsOf(viewer));
}

/** Due times after impact/urgency/priority or the paused time changed. */
function retarget(setting: TicketSetting, row: TicketRow, clock: TicketActionContext['clock'], fulfilmentMinutes: number | null) {
  const t = ticketTargets(setting.policy, setting.calendar, {
    reportedAt: row.reported_at,
    priority: clock.priority,
    urgency: clock.urgency,
    fulfilmentMinutes: clock.kind === 'request' ? fulfilmentMinutes : null,
    pausedMinutes: clock.pausedMinutes,
  });
  return {
    response_due_at: t.responseDueAt,
    resolution_due_at: t.resolutionDueAt,
    fulfilment_due_at: t.fulfilmentDueAt,
    escalate_at: t.escalateAt,
  };
}

/**
 * Applies one action of the ticket workflow to a ticket the caller has locked, as `viewer`: the
 * declaration decides whether it is allowed and where it leads, the action's effect file what
 * else changes; the row, the timeline, the audit record and the notices commit together.
 * A comment only appends, so it is never refused for a version someone else moved on.
 */
export async function applyTicketAction(
  trx: Kysely<Database>,
  row: TicketRow,
  who: AuditActor & { actorName: string },
  viewer: TicketViewer,
  action: TicketAction,
  platform: Pick<TicketActionContext, 'approvals' | 'decider' | 'files'>,
) {
  if (action.action !== 'comment' && row.version !== action.version) throw new ProblemError('conflict.version');
  const status = TicketStatus.parse(row.status);
  if (!ticketActionsFor(row, viewer).includes(action.action)) throw new ProblemError('ticket.action_not_allowed');

  const setting = await loadTicketSetting(trx, row.pemda_id, row.service_id);
  const now = new Date();
  const nextStatus = nextState(ticketWorkflow, status, action);
  const ctx: TicketActionContext = {
    trx,
    row,
    who,
    viewer,
    setting,
    now,
    nextStatus,
    changes: { status: nextStatus },
    events: [],
    tell: [],
    clock: {
      priority: row.priority as Priority,
      urgency: row.urgency as Urgency,
      kind: row.kind,
      pausedMinutes: row.paused_minutes,
      retarget: false,
    },
    reporter: { userIds: row.reporter_user_id ? [row.reporter_user_id] : [], emails: row.reporter_email ? [row.reporter_email] : [] },
    documents: [],
    ...platform,
  };

  // Leaving "waiting on the user" stops the pause; the resolution clock resumes (SPEC §3.2).
  if (row.status === 'waiting_user' && nextStatus !== 'waiting_user' && row.paused_since) {
    ctx.clock.pausedMinutes += workingMinutesBetween(
      clockCalendar(setting.calendar, setting.policy.clocks.resolution),
      row.paused_since,
      now,
    );
    Object.assign(ctx.changes, { paused_since: null, paused_minutes: ctx.clock.pausedMinutes });
    ctx.clock.retarget = true;
  }
  await (await ticketEffects()).get(action.action)?.apply(ctx, action);

  if (
    viewer.kind === 'agent' &&
    !row.first_response_at &&
    isResponse(action.action, action.action === 'comment' ? action.visibility : undefined)
  ) {
    ctx.changes.first_response_at = now;
    ctx.events.unshift({ type: 'first_response', visibility: 'public', data: { met: now <= row.response_due_at } });
  }
  if (ctx.clock.retarget) {
    const fulfilment = row.request_type_id
      ? ((
          await trx.selectFrom('service_request_type').select('fulfilment_minutes').where('id', '=', row.request_type_id).executeTakeFirst()
        )?.fulfilment_minutes ?? null)
      : null;
    const due = retarget(setting, row, ctx.clock, fulfilment);
    Object.assign(ctx.changes, due);
    if (beyondCalendar(row.reported_at, [due.response_due_at, due.resolution_due_at, due.fulfilment_due_at, due.escalate_at]))
      ctx.events.push({ type: 'clock_beyond_calendar', visibility: 'internal', data: null });
  }
  const finalStatus = ctx.changes.status ?? nextStatus;
  if (row.status !== finalStatus) ctx.events.push({ type: 'status', visibility: 'public', data: { from: row.status, to: finalStatus } });

  if (!(await new TicketRepository(trx).update(row.id, row.version, ctx.changes))) throw new ProblemError('conflict.version');
  await appendTimeline(
    trx,
    ctx.events.map((e) => ({ ...e, pemdaId: row.pemda_id, recordId: row.id, actorId: who.actorId, actorName: who.actorName, at: now })),
  );
  const documents = [];
  for (const doc of ctx.documents) {
    if (!ctx.files || !who.actorId) throw new Error('a document is made only by a signed-in agent');
    const stored = await ctx.files.save(trx, { pemdaId: row.pemda_id, recordId: row.id, userId: who.actorId }, doc);
    documents.push({ attachmentId: doc.id, filename: stored.filename, sha256: stored.sha256, sizeBytes: stored.sizeBytes });
  }
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
    after: { status: finalStatus, ...ctx.changes, ...(documents.length ? { documents } : {}) },
  });
  const subject = { pemdaId: row.pemda_id, recordId: row.id, timeZone: setting.calendar.timeZone ?? 'Asia/Jakarta' };
  for (const t of ctx.tell)
    await notify(
      trx,
      subject,
      t.userIds.filter((id) => id !== who.actorId),
      t.notice,
      t.emails,
    );
}
