// The deployment module's public surface: its super-administrators and the Pemda they administer
// (app.ts, the CLI and the demo seed use it).
export { operatorAuthRoutes } from './operator-auth.routes';
export { tenantRoutes } from './tenants.routes';
export { deploymentAuditRoutes } from './deployment-audit.routes';
export { createSuperAdmin } from './create-operator';
