import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
let pdIds: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const pds = (await admin.get('/api/v1/perangkat-daerah?pageSize=100')).json().items as { id: string; shortName: string }[];
  pdIds = Object.fromEntries(pds.map((p) => [p.shortName, p.id]));
});
afterAll(() => t.close());

const person = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Siti Aminah',
  email,
  password: 'kata-sandi-awal',
  ...extra,
});

describe('users', () => {
  it('has one demo account for every role', async () => {
    const page = (await admin.get('/api/v1/users?pageSize=100')).json();
    const roles = new Set(page.items.flatMap((u: { roles: { role: string }[] }) => u.roles.map((r) => r.role)));
    expect([...roles].sort()).toEqual(
      [
        'admin_infra_aplikasi',
        'admin_layanan',
        'auditor',
        'komite_pengarah',
        'koordinator_gangguan_masalah',
        'koordinator_service_desk',
        'pemda_admin',
        'pengguna',
        'pimpinan_pd',
        'pj_infra_aplikasi',
        'pj_layanan',
        'rekanan',
        'service_desk_t1',
        'service_desk_t2',
        'tim_teknis',
      ].sort(),
    );
  });

  it('creates a user with a PNS or PPPK NIP and a role, who can then log in', async () => {
    const res = await admin.post(
      '/api/v1/users',
      person('siti@demo.sigap.id', {
        nip: '199506152023212002',
        phone: '0812 1111 2222',
        perangkatDaerahId: pdIds.Dinkes,
        roles: [{ role: 'service_desk_t1', perangkatDaerahId: pdIds.Dinkes }],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'siti@demo.sigap.id', nip: '199506152023212002', perangkatDaerahName: 'Dinas Kesehatan' });
    expect(res.json().roles).toEqual([expect.objectContaining({ role: 'service_desk_t1', perangkatDaerahId: pdIds.Dinkes })]);
    const siti = await ApiClient.login(t.app, 'siti@demo.sigap.id', 'kata-sandi-awal');
    expect((await siti.get('/api/v1/me')).json().permissions).toEqual(['tickets.handle', 'problems.read']);
  });

  it('refuses an invalid NIP with an Indonesian message', async () => {
    const res = await admin.post('/api/v1/users', person('nip@demo.sigap.id', { nip: '199913451999031001' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body.nip', message: expect.stringContaining('tanggal lahir') })]);
  });

  it('refuses a duplicate e-mail', async () => {
    const res = await admin.post('/api/v1/users', person('ADMIN@demo.sigap.id'));
    expect(res.statusCode).toBe(409);
  });

  it('enforces where roles may be held (Tier 2 only at Diskominfo, Tier 1 in one PD)', async () => {
    const user = (await admin.post('/api/v1/users', person('peran@demo.sigap.id'))).json();
    const t2 = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Dinkes });
    expect(t2.json().code).toBe('role.requires_diskominfo');
    const t1 = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t1', perangkatDaerahId: null });
    expect(t1.json().code).toBe('role.requires_pd');
    const ok = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Diskominfo });
    expect(ok.statusCode).toBe(201);
    const dup = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Diskominfo });
    expect(dup.statusCode).toBe(409);
    const removed = await admin.delete(`/api/v1/users/${user.id}/roles/${ok.json().roles[0].id}`);
    expect(removed.json().roles).toEqual([]);
  });

  it('scopes the user list of a PD head to their own PD', async () => {
    const pimpinan = await ApiClient.login(t.app, 'pimpinan@demo.sigap.id');
    const page = (await pimpinan.get('/api/v1/users?pageSize=100')).json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((u: { perangkatDaerahId: string }) => u.perangkatDaerahId === pdIds.Diskominfo)).toBe(true);
    const dinkesUser = (await admin.get('/api/v1/users?q=pengguna@demo')).json().items[0];
    expect((await pimpinan.get(`/api/v1/users/${dinkesUser.id}`)).statusCode).toBe(404);
    expect((await pimpinan.post('/api/v1/users', person('x@demo.sigap.id'))).statusCode).toBe(403);
  });

  it('deactivates a user, which ends their sessions and blocks login', async () => {
    const created = (await admin.post('/api/v1/users', person('keluar@demo.sigap.id'))).json();
    const session = await ApiClient.login(t.app, 'keluar@demo.sigap.id', 'kata-sandi-awal');
    const res = await admin.put(`/api/v1/users/${created.id}`, {
      name: created.name,
      email: created.email,
      active: false,
      version: created.version,
    });
    expect(res.json().active).toBe(false);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'keluar@demo.sigap.id', password: 'kata-sandi-awal' },
    });
    expect(again.json().code).toBe('auth.account_inactive');
  });

  it('keeps at least one active Pemda administrator', async () => {
    const me = (await admin.get('/api/v1/me')).json().user;
    const res = await admin.put(`/api/v1/users/${me.id}`, {
      name: me.name,
      email: me.email,
      nip: me.nip,
      perangkatDaerahId: me.perangkatDaerahId,
      active: false,
      version: me.version,
    });
    expect(res.json().code).toBe('role.last_admin');
    const removal = await admin.delete(`/api/v1/users/${me.id}/roles/${me.roles[0].id}`);
    expect(removal.json().code).toBe('role.last_admin');
  });

  it('lets an administrator reset a password', async () => {
    const created = (await admin.post('/api/v1/users', person('lupa@demo.sigap.id'))).json();
    expect((await admin.put(`/api/v1/users/${created.id}/password`, { password: 'sandi-setel-ulang' })).statusCode).toBe(204);
    await expect(ApiClient.login(t.app, 'lupa@demo.sigap.id', 'sandi-setel-ulang')).resolves.toBeInstanceOf(ApiClient);
  });

  it('filters and paginates the list', async () => {
    const page1 = (await admin.get('/api/v1/users?pageSize=5&page=1')).json();
    const page2 = (await admin.get('/api/v1/users?pageSize=5&page=2')).json();
    expect(page1.items).toHaveLength(5);
    expect(page1.items[0].id).not.toBe(page2.items[0].id);
    const t1 = (await admin.get('/api/v1/users?role=service_desk_t1')).json();
    expect(t1.items.every((u: { roles: { role: string }[] }) => u.roles.some((r) => r.role === 'service_desk_t1'))).toBe(true);
  });
});
