// The service desk's pages, loaded together as one lazy chunk (see router.tsx): a desk user moving
// from the queue to a ticket and back fetches no more code on the way.
export { MyTicketsPage } from './MyTicketsPage';
export { NewTicketPage } from './NewTicketPage';
export { QueuePage } from './QueuePage';
export { TicketPage } from './TicketPage';
