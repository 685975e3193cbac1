import { clockCalendar, workingMinutesBetween } from '@sigap/core';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('comment', (ctx, body) => {
  const { row, viewer } = ctx;
  const fromReporter = viewer.kind === 'reporter';
  ctx.events.push({ type: 'comment', data: null, visibility: fromReporter ? 'public' : body.visibility, body: body.body });
  // The reporter's answer ends the wait: the resolution clock resumes (SPEC §3.2).
  if (fromReporter && row.status === 'waiting_user' && row.paused_since) {
    ctx.clock.pausedMinutes =
      row.paused_minutes +
      workingMinutesBetween(clockCalendar(ctx.setting.calendar, ctx.setting.policy.clocks.resolution), row.paused_since, ctx.now);
    Object.assign(ctx.changes, { status: 'in_progress', paused_since: null, paused_minutes: ctx.clock.pausedMinutes });
    ctx.clock.retarget = true;
  }
  const params = { number: row.number, title: row.title, text: body.body };
  if (fromReporter && row.assignee_id)
    ctx.tell.push({ userIds: [row.assignee_id], emails: [], notice: { code: 'ticket.reporter_replied', params } });
  if (!fromReporter && body.visibility === 'public') ctx.tell.push({ ...ctx.reporter, notice: { code: 'ticket.agent_replied', params } });
});
