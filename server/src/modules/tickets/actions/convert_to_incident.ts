import { reprioritise } from '../reprioritisation';
import { ticketEffect } from '../ticket-action-context';

export default ticketEffect('convert_to_incident', (ctx, body) => reprioritise(ctx, { ...body, priority: null, convert: true }));
