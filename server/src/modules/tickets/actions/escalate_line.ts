import { SUPPORT_LINE, SUPPORT_LINE_ROLES } from '@sigap/core';
import { roleHolders } from '../../identity';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('escalate_line', async (ctx, body) => {
  const { row, trx } = ctx;
  ctx.changes.support_line = SUPPORT_LINE.infra;
  ctx.events.push({ type: 'escalated_line', data: null, visibility: 'public', body: body.body });
  const infra = await trx
    .selectFrom('service_staff')
    .select('user_id')
    .where('service_id', '=', row.service_id)
    .where('kind', '=', SUPPORT_LINE.infra)
    .execute();
  const holders = infra.length
    ? infra.map((s) => s.user_id)
    : await roleHolders(trx, row.pemda_id, SUPPORT_LINE_ROLES.admin_infra, ctx.setting.service.providerPdId);
  ctx.tell.push({
    userIds: holders,
    emails: [],
    notice: { code: 'ticket.escalated_line', params: { number: row.number, title: row.title, text: body.body } },
  });
});
