import { DESK_ROLES } from '@sigap/core';
import { roleHolders } from '../../identity';
import { ProblemError } from '../../../platform/http/problem';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('escalate_tier', async (ctx, body) => {
  const { row, trx } = ctx;
  const diskominfo = await trx
    .selectFrom('perangkat_daerah')
    .select('id')
    .where('pemda_id', '=', row.pemda_id)
    .where('is_diskominfo', '=', true)
    .orderBy('created_at')
    .executeTakeFirst();
  if (!diskominfo) throw new ProblemError('validation.failed', [{ path: 'action', message: 'Pemda belum memiliki Diskominfo (Tier 2).' }]);
  Object.assign(ctx.changes, { handling_pd_id: diskominfo.id, tier: 2, assignee_id: null });
  ctx.events.push({ type: 'escalated_tier', visibility: 'public', body: body.body, data: { from: row.handling_pd_id, to: diskominfo.id } });
  ctx.tell.push({
    userIds: await roleHolders(trx, row.pemda_id, [...DESK_ROLES[2]], diskominfo.id),
    emails: [],
    notice: { code: 'ticket.escalated_tier', params: { number: row.number, title: row.title, text: body.body } },
  });
});
