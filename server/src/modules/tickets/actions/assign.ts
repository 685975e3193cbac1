import { requireEligible } from '../../../platform/records/eligibility';
import { ticketAssigneeRule } from '../ticket-assignees';
import { ticketEffect } from '../ticket-action-context';

/** Only an eligible handler of this ticket may be given it (ticket-assignees.ts). */
export default ticketEffect('assign', async (ctx, body) => {
  const rule = ticketAssigneeRule(ctx.row, ctx.setting.service.providerPdId);
  const assignee = await requireEligible(ctx.trx, ctx.row.pemda_id, rule, body.assigneeId, 'assigneeId');
  ctx.changes.assignee_id = assignee.id;
  ctx.events.push({ type: 'assigned', visibility: 'internal', data: { assigneeId: assignee.id, assigneeName: assignee.name } });
  ctx.tell.push({
    userIds: [assignee.id],
    emails: [],
    notice: { code: 'ticket.assigned', params: { number: ctx.row.number, title: ctx.row.title } },
  });
});
