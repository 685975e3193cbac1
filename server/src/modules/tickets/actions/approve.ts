import { ProblemError } from '../../../platform/http/problem';
import { DESK_ROLES } from '@sigap/core';
import { roleHolders } from '../../identity';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('approve', async (ctx, body) => {
  const { row } = ctx;
  if (!ctx.decider) throw new ProblemError('approval.not_approver');
  // The signed decision on the request's approval step; the request moves on once the step is approved.
  const outcome = await ctx.approvals.decide(ctx.trx, ctx.decider, row.id, 'approved', body.body);
  if (outcome === 'pending') {
    ctx.changes.status = row.status;
    return;
  }
  ctx.changes.approval = 'approved';
  ctx.events.push({ type: 'approved', data: null, visibility: 'public', body: body.body });
  const desk = await roleHolders(ctx.trx, row.pemda_id, [...DESK_ROLES[row.tier === 2 ? 2 : 1]], row.handling_pd_id);
  ctx.tell.push({
    userIds: [...ctx.reporter.userIds, ...desk],
    emails: ctx.reporter.emails,
    notice: { code: 'ticket.approved', params: { number: row.number, title: row.title } },
  });
});
