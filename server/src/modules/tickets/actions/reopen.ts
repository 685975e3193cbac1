import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('reopen', (ctx, body) => {
  Object.assign(ctx.changes, { resolved_at: null, closed_at: null, auto_close_at: null });
  ctx.events.push({ type: 'reopened', visibility: 'public', body: body.body, data: null });
});
