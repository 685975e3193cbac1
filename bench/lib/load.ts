import http from 'node:http';
import net from 'node:net';
import { must, nth } from './must';

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
  return must(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)], `percentile ${p}`);
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

/** Told of each answer: when it came (ms from the start of the run) and how long it took. */
export type AnswerObserver = (answeredAtMs: number, latencyMs: number) => void;

/** Runs `op` from `concurrency` loops for `seconds` (or at most `maxOps`); records every latency in ms. */
export async function drive(
  concurrency: number,
  seconds: number,
  op: (i: number) => Promise<void>,
  maxOps = Number.POSITIVE_INFINITY,
  observe?: AnswerObserver,
): Promise<LoadResult> {
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
          const t1 = performance.now();
          latencies.push(t1 - t0);
          observe?.(t1 - started, t1 - t0);
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
  constructor(
    readonly status: number,
    body: string,
  ) {
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
        {
          host: this.base.hostname,
          port: this.base.port,
          method: 'POST',
          path: '/api/v1/auth/login',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': payload.length },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve(Object.assign(r, { text: Buffer.concat(chunks).toString('utf8') })));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
    if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode ?? 'no status'} ${res.text}`);
    this.cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    this.csrf = (JSON.parse(res.text) as { csrfToken: string }).csrfToken;
  }

  /** The session's headers, for raw connections. */
  headers(method: string): Record<string, string> {
    return { ...(this.cookie ? { cookie: this.cookie } : {}), ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}) };
  }

  close() {
    this.agent.destroy();
  }
}

export interface RawRequest {
  method: string;
  path: string;
  body?: unknown;
}

/**
 * One keep-alive HTTP/1.1 connection that writes pre-built requests and reads responses by
 * Content-Length: far less client CPU per request than node:http, which matters when the
 * load driver shares the machine's two cores with the server and PostgreSQL (like autocannon,
 * which has no p95).
 */
export class RawConnection {
  private socket: net.Socket | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (r: { status: number; body: Buffer }) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly base: URL,
    private readonly headers: Record<string, string>,
  ) {}

  private connect(): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.base.hostname, port: Number(this.base.port), noDelay: true }, () => resolve(socket));
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      socket.on('error', (e) => {
        this.socket = null;
        this.waiting?.reject(e);
        this.waiting = null;
        reject(e);
      });
      socket.on('close', () => {
        this.socket = null;
        this.waiting?.reject(new Error('connection closed'));
        this.waiting = null;
      });
    });
  }

  private onData(chunk: Buffer) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.subarray(end + 4, end + 4 + length);
    this.buffer = this.buffer.subarray(end + 4 + length);
    const status = Number(head.slice(9, 12));
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status, body });
  }

  async request(req: RawRequest): Promise<{ status: number; body: Buffer }> {
    const socket = this.socket ?? (this.socket = await this.connect());
    const payload = req.body === undefined ? null : Buffer.from(JSON.stringify(req.body));
    const lines = [
      `${req.method} ${req.path} HTTP/1.1`,
      `host: ${this.base.host}`,
      ...Object.entries(this.headers).map(([k, v]) => `${k}: ${v}`),
    ];
    if (payload) lines.push('content-type: application/json', `content-length: ${payload.length}`);
    const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
    const response = new Promise<{ status: number; body: Buffer }>((resolve, reject) => (this.waiting = { resolve, reject }));
    socket.write(payload ? Buffer.concat([head, payload]) : head);
    const r = await response;
    if (r.status >= 400) throw new HttpError(r.status, r.body.toString('utf8'));
    return r;
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
  }
}

/** Closed loop: `concurrency` connections, each sending its next request when the last answered. */
export async function driveHttp(
  base: URL,
  headers: Record<string, string>,
  concurrency: number,
  seconds: number,
  next: (i: number) => RawRequest,
  observe?: AnswerObserver,
): Promise<LoadResult> {
  const connections = Array.from({ length: concurrency }, () => new RawConnection(base, headers));
  let turn = 0;
  const pick = () => nth(connections, turn++);
  const free = [...connections];
  try {
    return await drive(
      concurrency,
      seconds,
      async (i) => {
        const c = free.pop() ?? pick();
        try {
          await c.request(next(i));
        } finally {
          free.push(c);
        }
      },
      Number.POSITIVE_INFINITY,
      observe,
    );
  } finally {
    for (const c of connections) c.close();
  }
}

/**
 * Open loop: requests start at a fixed rate whatever the server's speed, so queueing shows up in
 * the latencies instead of slowing the offered load (no coordinated omission). Reports whether
 * the server kept up with the rate.
 */
export async function driveRate(
  base: URL,
  headers: Record<string, string>,
  perSecond: number,
  seconds: number,
  maxInFlight: number,
  next: (i: number) => RawRequest,
): Promise<LoadResult & { offeredPerSecond: number; dropped: number }> {
  const idle = Array.from({ length: maxInFlight }, () => new RawConnection(base, headers));
  const all = [...idle];
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  let dropped = 0;
  const started = performance.now();
  const total = Math.round(perSecond * seconds);
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const c = idle.pop();
    if (!c) {
      // Every connection is busy: the server is behind the offered rate.
      dropped += 1;
      continue;
    }
    const p = c
      .request(next(i))
      // Latency counts from when the request was due, not when it could be sent.
      .then(() => void latencies.push(performance.now() - due))
      .catch((error: unknown) => {
        errors += 1;
        const key = error instanceof HttpError ? String(error.status) : 'error';
        statusCounts[key] = (statusCounts[key] ?? 0) + 1;
      })
      .finally(() => {
        idle.push(c);
        inFlight.delete(p);
      });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  for (const c of all) c.close();
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarise(latencies, errors, elapsed, statusCounts), offeredPerSecond: perSecond, dropped };
}
