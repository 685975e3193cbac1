// The notifications module's public surface: what other modules and app.ts may use.
export { notificationRoutes } from './notifications.routes';
export {
  notificationWrites,
  notify,
  notifyMany,
  roleHolders,
  roleHoldersQuery,
  roleHoldings,
  type Notice,
  type Recipient,
} from './notifications.service';
