// The notifications module's public surface: what other modules and app.ts may use.
export { notificationRoutes } from './notifications.routes';
