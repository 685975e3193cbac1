import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statusCounts: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(latencies: number[], errors: number, seconds: number, statusCounts: Record<string, number>): LoadResult {
  const sorted = latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: sorted.length,
    errors,
    seconds: round(seconds),
    throughput: round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    statusCounts,
  };
}

/** Runs `op` from `concurrency` loops for `seconds` (or at most `maxOps`); records every latency in ms. */
export async function drive(concurrency: number, seconds: number, op: (i: number) => Promise<void>, maxOps = Number.POSITIVE_INFINITY): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const statusCounts: Record<string, number> = {};
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && issued < maxOps) {
        const i = issued++;
        const t0 = performance.now();
        try {
          await op(i);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          const key = error instanceof HttpError ? String(error.status) : 'error';
          statusCounts[key] = (statusCounts[key] ?? 0) + 1;
        }
      }
    }),
  );
  return summarise(latencies, errors, (performance.now() - started) / 1000, statusCounts);
}

export class HttpError extends Error {
  constructor(readonly status: number, body: string) {
    super(`HTTP ${status}: ${body.slice(0, 200)}`);
  }
}

/** A keep-alive HTTP client with a session cookie and CSRF token. */
export class Client {
  private readonly agent: http.Agent;
  constructor(
    private readonly base: URL,
    private cookie = '',
    private csrf = '',
    maxSockets = 64,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: string }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          agent: this.agent,
          headers: {
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = res.statusCode ?? 0;
            if (status >= 400) reject(new HttpError(status, text));
            else resolve({ status, body: text });
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  async login(email: string, password: string) {
    const res = await new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify({ email, password }));
      const req = http.request(
        { host: this.base.hostname, port: this.base.port, method: 'POST', path: '/api/v1/auth/login', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve(Object.assign(r, { text: Buffer.concat(chunks).toString('utf8') })));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.text}`);
    this.cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    this.csrf = (JSON.parse(res.text) as { csrfToken: string }).csrfToken;
  }

  close() {
    this.agent.destroy();
  }
}
