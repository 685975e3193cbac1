import { reprioritise } from '../reprioritisation';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('reprioritise', (ctx, body) => reprioritise(ctx, { ...body, convert: false }));
