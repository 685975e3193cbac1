import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('take', (ctx) => {
  ctx.changes.assignee_id = ctx.who.actorId;
  ctx.events.push({ type: 'taken', data: null, visibility: 'internal' });
});
