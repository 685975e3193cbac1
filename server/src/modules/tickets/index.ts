// The tickets module's public surface: what other modules and app.ts may use.
export { attachmentRoutes } from './attachments.routes';
export { publicTicketRoutes, ticketRoutes } from './tickets.routes';
export { TicketRepository } from './tickets.repository';
export { LEVEL_ROLES } from './ticket-setting';
