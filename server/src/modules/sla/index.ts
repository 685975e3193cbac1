// The SLA module's public surface: what other modules and app.ts may use.
export { policyRoutes } from './policy.routes';
export { loadPolicy, type StoredPolicy } from './policy.service';
