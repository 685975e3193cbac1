// The organisation module's public surface: what other modules, app.ts and the seed may use.
export { organisationRoutes } from './organisation.routes';
export { PemdaRepository, PerangkatDaerahRepository, toPemda } from './organisation.repository';
export { refuseWhenSuspended } from './pemda-status';
