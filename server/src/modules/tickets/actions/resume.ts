import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('resume', (ctx) => {
  ctx.events.push({ type: 'resumed', data: null, visibility: 'internal' });
});
