import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let port: number;
beforeAll(async () => {
  // Sigap's limits, scaled down so the test waits seconds, not minutes.
  t = await startTestApp({ timeouts: { headersMs: 1_000, requestMs: 2_000, keepAliveMs: 1_000, idleMs: 10_000, checkEveryMs: 200 } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a port');
  port = address.port;
});
afterAll(() => t.close());

/** Writes `text` on a fresh connection and waits until the server closes it: what it answered and after how long. */
function untilClosed(text: string, giveUpMs = 8_000): Promise<{ answer: string; ms: number; closed: boolean }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ answer, ms: Date.now() - started, closed: false });
    }, giveUpMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, ms: Date.now() - started, closed: true });
    });
    socket.on('error', () => undefined);
  });
}

describe('server timeouts', () => {
  it('closes a connection whose headers never finish, within the header limit', async () => {
    const r = await untilClosed('GET /api/health HTTP/1.1\r\nHost: sigap\r\n');
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(2_500);
  });

  it('answers 408 or closes when the body does not arrive within the request limit', async () => {
    const r = await untilClosed(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: sigap\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"email":',
    );
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(3_500);
    if (r.answer) expect(r.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection after the keep-alive limit', async () => {
    const r = await untilClosed('GET /api/health HTTP/1.1\r\nHost: sigap\r\n\r\n');
    expect(r.answer).toMatch(/^HTTP\/1\.1 200/);
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(3_000);
  });
});
