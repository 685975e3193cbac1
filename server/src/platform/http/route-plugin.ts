import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export type RouteApp = Parameters<FastifyPluginAsyncZod>[0];

/**
 * A Fastify plugin that registers routes, which is done synchronously. Fastify still gets the
 * promise of an async plugin: rejected when a registration throws (a duplicate route, a schema
 * the compilers refuse), so the error reaches `app.ready()` and not the process.
 */
export function routePlugin(register: (app: RouteApp) => void): FastifyPluginAsyncZod {
  return (app) =>
    new Promise<void>((resolve) => {
      register(app);
      resolve();
    });
}
