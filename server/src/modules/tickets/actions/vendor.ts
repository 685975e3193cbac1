import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('vendor', (ctx, body) => {
  ctx.changes.vendor_note = body.body;
  ctx.events.push({ type: 'vendor', data: null, visibility: 'internal', body: body.body });
});
