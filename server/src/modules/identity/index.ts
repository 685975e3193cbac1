// The identity module's public surface: what other modules, app.ts and the seed may use.
export { authRoutes } from './auth.routes';
export { userRoutes } from './users.routes';
export { UserRepository } from './users.repository';
export { holdsRole, roleHolders, roleHoldersQuery, roleHoldings } from './role-holders';
export { failureDelayMs, isAccountLocked } from './auth.rules';
