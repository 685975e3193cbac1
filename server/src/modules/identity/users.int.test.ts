import { Me, PerangkatDaerahPage, User, UserPage } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
let pdIds: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const pds = body(await admin.get('/api/v1/perangkat-daerah?pageSize=100'), PerangkatDaerahPage).items;
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
    const page = body(await admin.get('/api/v1/users?pageSize=100'), UserPage);
    const roles = new Set(page.items.flatMap((u) => u.roles.map((r) => r.role)));
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
    expect(body(res, User).roles).toEqual([expect.objectContaining({ role: 'service_desk_t1', perangkatDaerahId: pdIds.Dinkes })]);
    const siti = await ApiClient.login(t.app, 'siti@demo.sigap.id', 'kata-sandi-awal');
    expect(body(await siti.get('/api/v1/me'), Me).permissions).toEqual(['tickets.handle', 'problems.read']);
  });

  it('refuses an invalid NIP with an Indonesian message', async () => {
    const res = await admin.post('/api/v1/users', person('nip@demo.sigap.id', { nip: '199913451999031001' }));
    expect(res.statusCode).toBe(400);
    const errors = problemOf(res).errors;
    expect(errors?.map((e) => e.path)).toEqual(['body.nip']);
    expect(errors?.[0]?.message).toContain('tanggal lahir');
  });

  it('refuses a duplicate e-mail', async () => {
    const res = await admin.post('/api/v1/users', person('ADMIN@demo.sigap.id'));
    expect(res.statusCode).toBe(409);
  });

  it('enforces where roles may be held (Tier 2 only at Diskominfo, Tier 1 in one PD)', async () => {
    const user = body(await admin.post('/api/v1/users', person('peran@demo.sigap.id')), User);
    const t2 = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Dinkes });
    expect(problemOf(t2).code).toBe('role.requires_diskominfo');
    const t1 = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t1', perangkatDaerahId: null });
    expect(problemOf(t1).code).toBe('role.requires_pd');
    const ok = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Diskominfo });
    expect(ok.statusCode).toBe(201);
    const dup = await admin.post(`/api/v1/users/${user.id}/roles`, { role: 'service_desk_t2', perangkatDaerahId: pdIds.Diskominfo });
    expect(dup.statusCode).toBe(409);
    const removed = await admin.delete(`/api/v1/users/${user.id}/roles/${first(body(ok, User).roles).id}`);
    expect(body(removed, User).roles).toEqual([]);
  });

  it('scopes the user list of a PD head to their own PD', async () => {
    const pimpinan = await ApiClient.login(t.app, 'pimpinan@demo.sigap.id');
    const page = body(await pimpinan.get('/api/v1/users?pageSize=100'), UserPage);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((u) => u.perangkatDaerahId === pdIds.Diskominfo)).toBe(true);
    const dinkesUser = first(body(await admin.get('/api/v1/users?q=pengguna@demo'), UserPage).items);
    expect((await pimpinan.get(`/api/v1/users/${dinkesUser.id}`)).statusCode).toBe(404);
    expect((await pimpinan.post('/api/v1/users', person('x@demo.sigap.id'))).statusCode).toBe(403);
  });

  it('deactivates a user, which ends their sessions and blocks login', async () => {
    const created = body(await admin.post('/api/v1/users', person('keluar@demo.sigap.id')), User);
    const session = await ApiClient.login(t.app, 'keluar@demo.sigap.id', 'kata-sandi-awal');
    const res = await admin.put(`/api/v1/users/${created.id}`, {
      name: created.name,
      email: created.email,
      active: false,
      version: created.version,
    });
    expect(body(res, User).active).toBe(false);
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'keluar@demo.sigap.id', password: 'kata-sandi-awal' },
    });
    expect(problemOf(again).code).toBe('auth.account_inactive');
  });

  it('keeps at least one active Pemda administrator', async () => {
    const me = body(await admin.get('/api/v1/me'), Me).user;
    const res = await admin.put(`/api/v1/users/${me.id}`, {
      name: me.name,
      email: me.email,
      nip: me.nip,
      perangkatDaerahId: me.perangkatDaerahId,
      active: false,
      version: me.version,
    });
    expect(problemOf(res).code).toBe('role.last_admin');
    const removal = await admin.delete(`/api/v1/users/${me.id}/roles/${first(me.roles).id}`);
    expect(problemOf(removal).code).toBe('role.last_admin');
  });

  it('lets an administrator reset a password', async () => {
    const created = body(await admin.post('/api/v1/users', person('lupa@demo.sigap.id')), User);
    expect((await admin.put(`/api/v1/users/${created.id}/password`, { password: 'sandi-setel-ulang' })).statusCode).toBe(204);
    await expect(ApiClient.login(t.app, 'lupa@demo.sigap.id', 'sandi-setel-ulang')).resolves.toBeInstanceOf(ApiClient);
  });

  it('filters and paginates the list', async () => {
    const page1 = body(await admin.get('/api/v1/users?pageSize=5&page=1'), UserPage);
    const page2 = body(await admin.get('/api/v1/users?pageSize=5&page=2'), UserPage);
    expect(page1.items).toHaveLength(5);
    expect(first(page1.items).id).not.toBe(first(page2.items).id);
    const t1 = body(await admin.get('/api/v1/users?role=service_desk_t1'), UserPage);
    expect(t1.items.every((u) => u.roles.some((r) => r.role === 'service_desk_t1'))).toBe(true);
  });
});
