import type { FastifyInstance } from 'fastify';

export const UNTRUSTED_PROXY_WARNING =
  'Requests arrive with X-Forwarded-For but SIGAP_TRUST_PROXY=0: every client looks like the proxy’s address ' +
  '(login limits count them together, the session cookie is not Secure). Set SIGAP_TRUST_PROXY=1 behind a reverse proxy.';

/**
 * Makes the proxy setting hard to get wrong: without trusting the proxy, the first request that
 * carries `X-Forwarded-For` logs a warning (once per process), since behind a reverse proxy every
 * user would otherwise share the proxy's address.
 */
export function warnOfUntrustedProxy(app: FastifyInstance, trustProxy: boolean): void {
  if (trustProxy) return;
  let warned = false;
  app.addHook('onRequest', (request, _reply, done) => {
    if (!warned && request.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      app.log.warn({ remoteAddress: request.socket.remoteAddress }, UNTRUSTED_PROXY_WARNING);
    }
    done();
  });
}
