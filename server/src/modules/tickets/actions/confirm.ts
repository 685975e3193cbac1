import { DESK_ROLES } from '@sigap/core';
import { roleHolders } from '../../identity';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('confirm', async (ctx, body) => {
  const { row, now } = ctx;
  Object.assign(ctx.changes, { satisfaction: body.satisfaction, rating: body.rating, feedback: body.feedback, confirmed_at: now });
  ctx.events.push({
    type: 'confirmed',
    visibility: 'public',
    body: body.feedback,
    data: { satisfaction: body.satisfaction, rating: body.rating },
  });
  if (body.satisfaction === 'puas') {
    ctx.changes.closed_at = now;
    ctx.events.push({ type: 'closed', data: null, visibility: 'public' });
    return;
  }
  // Tidak puas: back to handling (SPEC §3.6).
  Object.assign(ctx.changes, { resolved_at: null, auto_close_at: null });
  ctx.events.push({ type: 'reopened', visibility: 'public', data: { unsatisfied: true } });
  const handlers = row.assignee_id
    ? [row.assignee_id]
    : await roleHolders(ctx.trx, row.pemda_id, [...DESK_ROLES[row.tier === 2 ? 2 : 1]], row.handling_pd_id);
  ctx.tell.push({
    userIds: handlers,
    emails: [],
    notice: { code: 'ticket.unsatisfied', params: { number: row.number, title: row.title, text: body.feedback ?? '' } },
  });
});
