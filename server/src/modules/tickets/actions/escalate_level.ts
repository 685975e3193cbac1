import { ESCALATION_LEVEL_ROLES } from '@sigap/core';
import { roleHolders } from '../../identity';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('escalate_level', async (ctx, body) => {
  const { row, trx } = ctx;
  const level = row.escalation_level + 1;
  ctx.changes.escalation_level = level;
  ctx.events.push({ type: 'escalated_level', visibility: 'internal', body: body.body, data: { level, automatic: false } });
  ctx.tell.push({
    userIds: await roleHolders(trx, row.pemda_id, ESCALATION_LEVEL_ROLES[level] ?? [], ctx.setting.service.providerPdId),
    emails: [],
    notice: { code: 'ticket.escalated_level', params: { number: row.number, title: row.title, text: body.body, level } },
  });
});
