import { ProblemError } from '../../../platform/http/problem';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('reject', async (ctx, body) => {
  if (!ctx.decider) throw new ProblemError('approval.not_approver');
  await ctx.approvals.decide(ctx.trx, ctx.decider, ctx.row.id, 'rejected', body.body);
  Object.assign(ctx.changes, { approval: 'rejected', closed_at: ctx.now });
  ctx.events.push({ type: 'rejected', data: null, visibility: 'public', body: body.body });
  ctx.tell.push({
    ...ctx.reporter,
    notice: { code: 'ticket.rejected', params: { number: ctx.row.number, title: ctx.row.title, text: body.body } },
  });
});
