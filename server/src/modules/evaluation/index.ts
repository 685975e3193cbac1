// The evaluation module's public surface: what app.ts may use.
export { reportRoutes } from './reports.routes';
