import { AuditPage, AuditVerification, OperatorMe, PemdaSummary, PemdaSummaryPage, PublicReportReceipt, PublicService } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { purgeExpired } from '../../platform/jobs/housekeeping';
import { ApiClient, body, first, logInOperator, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let operator: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  operator = await logInOperator(t.app);
});
afterAll(() => t.close());

const anonymous = () => new ApiClient(t.app);
const loginAs = (url: string, email: string, password = 'sigap-demo') =>
  t.app.inject({ method: 'POST', url, payload: { email, password } });

const NEW_PEMDA = {
  name: 'Kabupaten Maju Jaya',
  code: 'kab-maju-jaya',
  kind: 'kabupaten',
  timeZone: 'Asia/Makassar',
  adminName: 'Andi Administrator',
  adminEmail: 'admin@majujaya.go.id',
  adminPassword: 'rahasia-maju-123',
} as const;

async function pemdaByCode(code: string): Promise<PemdaSummary> {
  const page = body(await operator.get(`/api/v1/deployment/pemda?q=${code}`), PemdaSummaryPage);
  const found = page.items.find((p) => p.code === code);
  if (!found) throw new Error(`no Pemda ${code}`);
  return found;
}

const deploymentAudit = async (q = '') => body(await operator.get(`/api/v1/deployment/audit?pageSize=100&q=${q}`), AuditPage).items;

describe('super-administrator sign-in', () => {
  it('signs in apart from Pemda users, with a cookie of its own, and reads who it is', async () => {
    const res = await loginAs('/api/v1/deployment/auth/login', 'superadmin@demo.sigap.id');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sigap_operator');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.cookies.find((c) => c.name === 'sigap_session')).toBeUndefined();
    const me = body(await operator.get('/api/v1/deployment/me'), OperatorMe);
    expect(me).toMatchObject({ email: 'superadmin@demo.sigap.id', roles: ['super_admin'] });
    expect(me.permissions.sort()).toEqual(['deployment.audit.read', 'tenants.manage']);
  });

  it('is not a Pemda account, and a Pemda account is not an operator', async () => {
    expect(problemOf(await loginAs('/api/v1/auth/login', 'superadmin@demo.sigap.id')).code).toBe('auth.invalid_credentials');
    expect(problemOf(await loginAs('/api/v1/deployment/auth/login', 'admin@demo.sigap.id')).code).toBe('auth.invalid_credentials');
    expect((await loginAs('/api/v1/deployment/auth/login', 'superadmin@demo.sigap.id', 'salah-sandi')).statusCode).toBe(401);
  });

  it('answers a Pemda administrator 403 and an anonymous caller 401 on the deployment routes', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    for (const url of ['/api/v1/deployment/pemda', '/api/v1/deployment/me', '/api/v1/deployment/audit']) {
      expect(problemOf(await admin.get(url)).code, url).toBe('auth.forbidden');
      expect(problemOf(await anonymous().get(url)).code, url).toBe('auth.unauthenticated');
    }
    const create = await admin.post('/api/v1/deployment/pemda', NEW_PEMDA);
    expect(create.statusCode).toBe(403);
  });

  it('requires the operator session’s CSRF token on writes', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/deployment/pemda',
      payload: NEW_PEMDA,
      headers: { cookie: operator.cookie ?? '' },
    });
    expect(problemOf(res).code).toBe('auth.csrf');
  });
});

describe('the Pemda list', () => {
  it('shows each Pemda’s code, zone, status, numbers of users and PDs and creation, none of its data', async () => {
    const page = body(await operator.get('/api/v1/deployment/pemda'), PemdaSummaryPage);
    const demo = first(page.items.filter((p) => p.code === 'kota-contoh'));
    expect(demo).toMatchObject({ name: 'Kota Contoh', kind: 'kota', timeZone: 'Asia/Jakarta', status: 'active', suspendedAt: null });
    expect(demo.userCount).toBe(15);
    expect(demo.perangkatDaerahCount).toBe(13);
    expect(Date.parse(demo.createdAt)).toBeLessThanOrEqual(Date.now());
  });

  it('filters by status and by name or code, and refuses an unknown status', async () => {
    expect(body(await operator.get('/api/v1/deployment/pemda?status=suspended'), PemdaSummaryPage).total).toBe(0);
    expect(body(await operator.get('/api/v1/deployment/pemda?q=CONTOH'), PemdaSummaryPage).total).toBe(1);
    expect(problemOf(await operator.get('/api/v1/deployment/pemda?status=deleted')).code).toBe('validation.failed');
    expect((await operator.get('/api/v1/deployment/pemda/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('creating a Pemda', () => {
  it('refuses bad input field by field', async () => {
    const res = await operator.post('/api/v1/deployment/pemda', {
      ...NEW_PEMDA,
      code: 'Kab Maju',
      adminPassword: 'pendek',
      timeZone: 'UTC',
    });
    expect(res.statusCode).toBe(400);
    const paths = (problemOf(res).errors ?? []).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.code', 'body.adminPassword', 'body.timeZone']));
  });

  it('provisions it as `pemda:create` does: Diskominfo, first administrator, calendars; recorded in both audit chains', async () => {
    const res = await operator.post('/api/v1/deployment/pemda', NEW_PEMDA);
    expect(res.statusCode).toBe(201);
    const created = body(res, PemdaSummary);
    expect(created).toMatchObject({
      code: 'kab-maju-jaya',
      status: 'active',
      userCount: 1,
      perangkatDaerahCount: 1,
      timeZone: 'Asia/Makassar',
    });

    const admin = await ApiClient.login(t.app, NEW_PEMDA.adminEmail, NEW_PEMDA.adminPassword);
    const me = await admin.api.GET('/me');
    expect(me.pemda.name).toBe('Kabupaten Maju Jaya');
    expect(me.permissions).toContain('organisation.manage');
    expect((await admin.api.GET('/calendars')).length).toBeGreaterThan(0);
    const pemdaTrail = await admin.api.GET('/audit', { params: { query: { q: 'pemda.provision' } } });
    expect(first(pemdaTrail.items)).toMatchObject({ actorName: 'Sari Pengelola', entityId: created.id });
    expect(first(await deploymentAudit('pemda.provision'))).toMatchObject({ actorName: 'Sari Pengelola', entityId: created.id });
  });

  it('refuses a code or an administrator e-mail already in use, naming the field', async () => {
    const again = problemOf(await operator.post('/api/v1/deployment/pemda', { ...NEW_PEMDA, name: 'Kabupaten Lain Lagi' }));
    expect(again.code).toBe('conflict.duplicate');
    expect(again.errors?.map((e) => e.path)).toEqual(['code']);
    const email = problemOf(
      await operator.post('/api/v1/deployment/pemda', { ...NEW_PEMDA, code: 'kab-lain-lagi', adminEmail: 'admin@demo.sigap.id' }),
    );
    expect(email.errors?.map((e) => e.path)).toEqual(['adminEmail']);
  });
});

describe('editing a Pemda', () => {
  it('changes its name, kind and zone with the version it read, and refuses a stale one', async () => {
    const before = await pemdaByCode('kab-maju-jaya');
    const update = { name: 'Kabupaten Maju Jaya Raya', kind: 'kabupaten', timeZone: 'Asia/Jayapura', version: before.version };
    const res = await operator.put(`/api/v1/deployment/pemda/${before.id}`, update);
    expect(body(res, PemdaSummary)).toMatchObject({ name: 'Kabupaten Maju Jaya Raya', timeZone: 'Asia/Jayapura', code: 'kab-maju-jaya' });
    expect(problemOf(await operator.put(`/api/v1/deployment/pemda/${before.id}`, update)).code).toBe('conflict.version');
    expect(first(await deploymentAudit('pemda.update'))).toMatchObject({ entityId: before.id });
  });
});

describe('suspending and reactivating a Pemda', () => {
  const Receipt = PublicReportReceipt;

  it('signs its users out, refuses their sign-in and its public reports, deletes nothing, and is undone by reactivation', async () => {
    const demo = await pemdaByCode('kota-contoh');
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const services = z.array(PublicService).parse((await anonymous().get('/api/v1/public/services')).json());
    const service = first(services.filter((s) => s.name.startsWith('Pendaftaran Online Puskesmas')));
    const report = {
      serviceId: service.id,
      title: 'Pendaftaran online tidak bisa dibuka',
      description: 'Halaman pendaftaran menampilkan galat sejak pagi ini.',
      name: 'Warga Uji',
      email: 'warga@contoh.id',
    };
    const receipt = body(await anonymous().post('/api/v1/public/reports', report), Receipt);
    const ticketsBefore = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ticket WHERE pemda_id = ${demo.id}`.execute(t.handle.db);

    expect((await operator.post(`/api/v1/deployment/pemda/${demo.id}/suspend`, { reason: 'x', version: demo.version })).statusCode).toBe(
      400,
    );
    const suspended = body(
      await operator.post(`/api/v1/deployment/pemda/${demo.id}/suspend`, { reason: 'Kontrak layanan berakhir', version: demo.version }),
      PemdaSummary,
    );
    expect(suspended).toMatchObject({ status: 'suspended', suspensionReason: 'Kontrak layanan berakhir' });
    expect(suspended.suspendedAt).not.toBeNull();

    expect(problemOf(await admin.get('/api/v1/me')).code).toBe('auth.unauthenticated');
    const refused = problemOf(await loginAs('/api/v1/auth/login', 'admin@demo.sigap.id'));
    expect(refused).toMatchObject({ status: 403, code: 'auth.pemda_suspended' });
    const noReport = problemOf(await anonymous().post('/api/v1/public/reports', report));
    expect(noReport).toMatchObject({ status: 403, code: 'pemda.suspended' });
    expect(noReport.detail).toContain('Kota Contoh sedang ditangguhkan');
    const comment = { action: 'comment', body: 'Apakah sudah ada kabar?', version: 1 };
    expect(problemOf(await anonymous().post(`/api/v1/public/tickets/${receipt.trackingCode}/actions`, comment)).code).toBe(
      'pemda.suspended',
    );
    // The reporter may still read where their report stands.
    expect((await anonymous().get(`/api/v1/public/tickets/${receipt.trackingCode}`)).statusCode).toBe(200);
    const ticketsDuring = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ticket WHERE pemda_id = ${demo.id}`.execute(t.handle.db);
    expect(ticketsDuring.rows).toEqual(ticketsBefore.rows);
    expect((await pemdaByCode('kota-contoh')).userCount).toBe(15);

    const twice = await operator.post(`/api/v1/deployment/pemda/${demo.id}/suspend`, { reason: 'Sekali lagi', version: suspended.version });
    expect(problemOf(twice).code).toBe('pemda.status_unchanged');

    const reactivated = body(
      await operator.post(`/api/v1/deployment/pemda/${demo.id}/reactivate`, { version: suspended.version }),
      PemdaSummary,
    );
    expect(reactivated).toMatchObject({ status: 'active', suspendedAt: null, suspensionReason: null });
    expect((await loginAs('/api/v1/auth/login', 'admin@demo.sigap.id')).statusCode).toBe(200);
    expect((await anonymous().post('/api/v1/public/reports', report)).statusCode).toBe(201);
    const again = await operator.post(`/api/v1/deployment/pemda/${demo.id}/reactivate`, { version: reactivated.version });
    expect(problemOf(again).code).toBe('pemda.status_unchanged');
  });

  it('leaves the suspension and reactivation in the Pemda’s chain and the deployment’s, both intact', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const trail = await admin.api.GET('/audit', { params: { query: { q: 'pemda.', pageSize: 50 } } });
    expect(trail.items.map((e) => e.action)).toEqual(expect.arrayContaining(['pemda.suspend', 'pemda.reactivate']));
    const suspension = first(trail.items.filter((e) => e.action === 'pemda.suspend'));
    expect(suspension.actorName).toBe('Sari Pengelola');
    expect(z.object({ status: z.string() }).parse(suspension.after).status).toBe('suspended');
    expect((await admin.api.GET('/audit/verify')).intact).toBe(true);

    const actions = (await deploymentAudit()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['operator.create', 'operator.login', 'pemda.provision', 'pemda.suspend', 'pemda.reactivate']),
    );
    const verified = body(await operator.get('/api/v1/deployment/audit/verify'), AuditVerification);
    expect(verified.intact).toBe(true);
    expect(verified.checked).toBeGreaterThan(5);
  });
});

describe('the operator’s own account', () => {
  it('changes its password, keeping this session and ending the others', async () => {
    const other = await logInOperator(t.app);
    const me = await logInOperator(t.app);
    const change = { currentPassword: 'sigap-demo', newPassword: 'sandi-baru-pengelola' };
    expect((await me.post('/api/v1/deployment/auth/password', { ...change, currentPassword: 'salah' })).statusCode).toBe(400);
    expect((await me.post('/api/v1/deployment/auth/password', change)).statusCode).toBe(204);
    expect((await me.get('/api/v1/deployment/me')).statusCode).toBe(200);
    expect((await other.get('/api/v1/deployment/me')).statusCode).toBe(401);
    const back = { currentPassword: change.newPassword, newPassword: 'sigap-demo' };
    expect((await me.post('/api/v1/deployment/auth/password', back)).statusCode).toBe(204);
  });

  it('signs out, and housekeeping purges expired operator sessions', async () => {
    const session = await logInOperator(t.app);
    expect((await session.post('/api/v1/deployment/auth/logout')).statusCode).toBe(204);
    expect((await session.get('/api/v1/deployment/me')).statusCode).toBe(401);

    const stale = await logInOperator(t.app);
    await t.handle.db
      .updateTable('operator_session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect((await stale.get('/api/v1/deployment/me')).statusCode).toBe(401);
    await purgeExpired(t.handle.db);
    expect(await t.handle.db.selectFrom('operator_session').select('id').execute()).toEqual([]);
  });
});
