import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's headers with our Content-Security-Policy. They never vary per request, so they are
 * worked out once (by running helmet against a recording response) and added to every reply;
 * helmet's Fastify plugin re-derived them on every request.
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  const headers = securityHeaders();
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
}

export function securityHeaders(): Record<string, string> {
  // A response that is never sent, only asked afterwards what helmet set on it.
  const request = new IncomingMessage(new Socket());
  const recorder = new ServerResponse(request);
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine injects CSS variables at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  middleware(request, recorder, () => undefined);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recorder.getHeaders())) if (value !== undefined) headers[name] = String(value);
  return headers;
}
