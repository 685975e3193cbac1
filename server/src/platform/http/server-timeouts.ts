/**
 * How long the HTTP server waits for a client, set on purpose rather than left to Node's and
 * Fastify's defaults (README, "Server timeouts"). Every limit is enforced within a second of
 * expiring: Node checks them on `connectionsCheckingInterval` (30 s by default).
 */
export interface ServerTimeouts {
  /** The request line and headers must arrive within this (slow-header clients, Slowloris). */
  headersMs: number;
  /** The whole request, body included: a 10 MiB attachment over a ~1 Mbit/s line takes ~85 s. */
  requestMs: number;
  /**
   * An idle keep-alive connection is closed after this: longer than the idle timeout of the
   * common reverse proxies and load balancers (nginx, HAProxy, cloud balancers: 60 s), so the
   * proxy closes first and never reuses a connection Sigap is closing at that moment.
   */
  keepAliveMs: number;
  /**
   * A connection with no bytes either way for this long is closed, whatever it waits for: a
   * handler stuck on a lost database connection does not keep its client waiting forever.
   * Long-lived responses (event streams) must send something more often than this.
   */
  idleMs: number;
  /** How often the server looks for connections past their header or request limit. */
  checkEveryMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 20_000,
  requestMs: 120_000,
  keepAliveMs: 72_000,
  idleMs: 150_000,
  checkEveryMs: 1_000,
};

/** The Fastify (and node:http) options that apply them. */
export function serverTimeoutOptions(t: ServerTimeouts) {
  return {
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    connectionTimeout: t.idleMs,
    http: { headersTimeout: t.headersMs, connectionsCheckingInterval: t.checkEveryMs },
  };
}
