import { ProblemError } from '../../../platform/http/problem';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('assign', async (ctx, body) => {
  const assignee = await ctx.trx
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('pemda_id', '=', ctx.row.pemda_id)
    .where('id', '=', body.assigneeId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!assignee) throw new ProblemError('validation.failed', [{ path: 'assigneeId', message: 'Petugas tidak ditemukan.' }]);
  ctx.changes.assignee_id = assignee.id;
  ctx.events.push({ type: 'assigned', visibility: 'internal', data: { assigneeId: assignee.id, assigneeName: assignee.name } });
  ctx.tell.push({
    userIds: [assignee.id],
    emails: [],
    notice: { code: 'ticket.assigned', params: { number: ctx.row.number, title: ctx.row.title } },
  });
});
