// The SOP module's public surface: what other modules and app.ts may use.
export { sopRoutes } from './sop.routes';
export { loadSopSettings } from './sop.service';
export type { SopTables } from './sop.tables';
