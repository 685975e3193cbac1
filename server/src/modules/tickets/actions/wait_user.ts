import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('wait_user', (ctx, body) => {
  ctx.changes.paused_since = ctx.now;
  ctx.events.push({ type: 'waiting_user', data: null, visibility: 'public', body: body.body });
  ctx.tell.push({
    ...ctx.reporter,
    notice: { code: 'ticket.waiting_user', params: { number: ctx.row.number, title: ctx.row.title, text: body.body } },
  });
});
