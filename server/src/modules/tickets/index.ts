// The tickets module's public surface: what other modules and app.ts may use.
export { ticketRoutes, publicTicketRoutes } from './tickets.routes';
export { TicketActionService, TicketService } from './tickets.service';
export { ticketRecordPolicy } from './ticket-record-policy';
export { ticketEffects } from './ticket-actions';
