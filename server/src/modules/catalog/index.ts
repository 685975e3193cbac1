// The catalog module's public surface: what app.ts and the seed may use.
export { catalogRoutes, publicCatalogRoutes } from './catalog.routes';
export { CatalogRepository } from './catalog.repository';
