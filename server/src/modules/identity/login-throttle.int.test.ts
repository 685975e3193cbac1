import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { problemOf, startTestApp, type TestApp } from '../../../test/harness';
import { MAX_FAILURES_PER_IP } from './auth.rules';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every user behind one reverse proxy reaches Sigap from the proxy's address. */
const PROXY = '10.20.30.40';
const login = (email: string, password: string, remoteAddress = PROXY) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress });

describe('login limits behind one shared address', () => {
  it('never lock out the correct password of an account that did not fail', async () => {
    // Many people mistype from the one address: more failures than the address limit, fewer than five per account.
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      const res = await login(`orang${i % 10}@contoh.id`, `salah-${i}`);
      expect([401, 429]).toContain(res.statusCode);
    }
    const res = await login('admin@demo.sigap.id', 'sigap-demo');
    expect(res.statusCode, res.body).toBe(200);
    expect((await login('pengguna@demo.sigap.id', 'sigap-demo')).statusCode).toBe(200);
  });

  it('slows further failures from that address instead of refusing everyone', async () => {
    const started = Date.now();
    const res = await login('orang-lain@contoh.id', 'salah');
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('auth.invalid_credentials');
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    // Another address is not slowed by it.
    const elsewhere = Date.now();
    expect((await login('orang-lain@contoh.id', 'salah', '192.0.2.9')).statusCode).toBe(401);
    expect(Date.now() - elsewhere).toBeLessThan(400);
  });

  it('still refuses an account after five failures, whatever the address', async () => {
    for (let i = 0; i < 5; i++) await login('koordinator.sd@demo.sigap.id', `salah-${i}`, `192.0.2.${i + 20}`);
    const res = await login('koordinator.sd@demo.sigap.id', 'sigap-demo', '192.0.2.99');
    expect(res.statusCode).toBe(429);
    expect(problemOf(res).code).toBe('auth.rate_limited');
  });
});

describe('the proxy setting', () => {
  it('warns once when requests carry X-Forwarded-For but SIGAP_TRUST_PROXY is 0', async () => {
    const warn = vi.spyOn(t.app.log, 'warn');
    try {
      const forwarded = { 'x-forwarded-for': '203.0.113.5' };
      await t.app.inject({ method: 'GET', url: '/api/health', headers: forwarded });
      await t.app.inject({ method: 'GET', url: '/api/health', headers: forwarded });
      const warnings = warn.mock.calls.filter((call) => JSON.stringify(call).includes('SIGAP_TRUST_PROXY'));
      expect(warnings).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });
});
