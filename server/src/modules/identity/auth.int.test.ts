import { Me } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ trustProxy: true });
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

describe('login and session', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user with roles', async () => {
    const res = await login('admin@demo.sigap.id', 'sigap-demo');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sigap_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    const me = body(res, Me);
    expect(me.user.email).toBe('admin@demo.sigap.id');
    expect(me.user.roles.map((r) => r.role)).toEqual(['pemda_admin']);
    expect(me.pemda).toMatchObject({ name: 'Kota Contoh', timeZone: 'Asia/Jakarta' });
    expect(me.permissions).toContain('users.manage');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await login('admin@demo.sigap.id', 'sigap-demo', { 'x-forwarded-proto': 'https' });
    expect(res.cookies.find((c) => c.name === 'sigap_session')?.secure).toBe(true);
  });

  it('accepts the e-mail in any case', async () => {
    expect((await login('Admin@Demo.Sigap.ID', 'sigap-demo')).statusCode).toBe(200);
  });

  it('refuses a wrong password with an Indonesian problem', async () => {
    const res = await login('pimpinan@demo.sigap.id', 'salah-sandi');
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'auth.invalid_credentials', detail: 'E-mail atau kata sandi salah.' });
  });

  it('rate-limits an account after five failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('tim.teknis@demo.sigap.id', `salah-${i}`)).statusCode).toBe(401);
    const res = await login('tim.teknis@demo.sigap.id', 'sigap-demo');
    expect(res.statusCode).toBe(429);
    expect(problemOf(res).code).toBe('auth.rate_limited');
    expect(problemOf(res).detail).toMatch(/Coba lagi/);
  });

  it('GET /me requires a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('auth.unauthenticated');
  });

  it('logout ends the session', async () => {
    const client = await ApiClient.login(t.app, 'komite@demo.sigap.id');
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('CSRF and origin', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const client = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/perangkat-daerah',
      headers: { cookie: client.cookie ?? '' },
      payload: { name: 'Dinas Tanpa Token', shortName: 'DTT', type: 'dinas' },
    });
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).code).toBe('auth.csrf');
  });

  it('refuses a write from another origin', async () => {
    const res = await login('admin@demo.sigap.id', 'sigap-demo', { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).code).toBe('auth.csrf');
  });
});

describe('password change', () => {
  it('changes the password and signs out the other sessions', async () => {
    const first = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
    const second = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
    const wrong = await first.post('/api/v1/auth/password', { currentPassword: 'bukan-ini', newPassword: 'sandi-baru-panjang' });
    expect(problemOf(wrong).code).toBe('auth.wrong_password');
    const short = await first.post('/api/v1/auth/password', { currentPassword: 'sigap-demo', newPassword: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(problemOf(short).errors?.[0]).toMatchObject({ path: 'body.newPassword', message: 'Kata sandi minimal 10 karakter.' });
    const ok = await first.post('/api/v1/auth/password', { currentPassword: 'sigap-demo', newPassword: 'sandi-baru-panjang' });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/v1/me')).statusCode).toBe(200);
    expect((await second.get('/api/v1/me')).statusCode).toBe(401);
    expect((await login('koordinator.gangguan@demo.sigap.id', 'sandi-baru-panjang')).statusCode).toBe(200);
  });
});

describe('security headers', () => {
  it('sends CSP, nosniff and frame protection', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('sends them on refusals and unknown routes too', async () => {
    for (const url of ['/api/v1/tickets', '/api/v1/tidak-ada']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});
