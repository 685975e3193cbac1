import { requireEligible } from '../../../platform/records/eligibility';
import { problemAssigneeRule } from '../problem-assignees';
import { problemEffect } from '../problem-action-context';

/** Only someone who may manage problems of the problem's PD can be given it (problem-assignees.ts). */
export default problemEffect('assign', async (ctx, body) => {
  const person = await requireEligible(ctx.trx, ctx.record.pemda_id, problemAssigneeRule(ctx.record), body.assigneeId, 'assigneeId');
  ctx.changes.assignee_id = person.id;
  ctx.events.push({ type: 'assigned', visibility: 'internal', data: { assigneeId: person.id, assigneeName: person.name } });
  ctx.tell.push({
    userIds: [person.id],
    notice: { code: 'record.assigned', params: { number: ctx.record.number, title: ctx.record.title } },
  });
});
