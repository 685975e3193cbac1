import { AuditVerification, Pemda, PerangkatDaerah, PerangkatDaerahPage, UserPage } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const newPd = (suffix: string, extra: Record<string, unknown> = {}) => ({
  name: `Dinas Uji ${suffix}`,
  shortName: `DU${suffix}`,
  type: 'dinas',
  ...extra,
});

describe('Perangkat Daerah', () => {
  it('lists the demo PDs, including exactly one Diskominfo', async () => {
    const res = await admin.get('/api/v1/perangkat-daerah?pageSize=100');
    expect(res.statusCode).toBe(200);
    const page = body(res, PerangkatDaerahPage);
    expect(page.total).toBeGreaterThanOrEqual(10);
    expect(page.items.filter((p) => p.isDiskominfo)).toHaveLength(1);
  });

  it('creates, reads, updates and deletes a PD', async () => {
    const created = await admin.post('/api/v1/perangkat-daerah', newPd('A'));
    expect(created.statusCode).toBe(201);
    const pd = body(created, PerangkatDaerah);
    expect(pd).toMatchObject({
      name: 'Dinas Uji A',
      shortName: 'DUA',
      type: 'dinas',
      isDiskominfo: false,
      parentId: null,
      active: true,
      version: 1,
    });
    expect(body(await admin.get(`/api/v1/perangkat-daerah/${pd.id}`), PerangkatDaerah).name).toBe('Dinas Uji A');
    const updated = await admin.put(`/api/v1/perangkat-daerah/${pd.id}`, {
      ...newPd('A'),
      name: 'Dinas Uji A Baru',
      active: false,
      version: 1,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Dinas Uji A Baru', active: false, version: 2 });
    expect((await admin.delete(`/api/v1/perangkat-daerah/${pd.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/perangkat-daerah/${pd.id}`)).statusCode).toBe(404);
  });

  it('refuses a stale version (optimistic locking) and keeps the first change', async () => {
    const pd = body(await admin.post('/api/v1/perangkat-daerah', newPd('B')), PerangkatDaerah);
    const firstChange = await admin.put(`/api/v1/perangkat-daerah/${pd.id}`, {
      ...newPd('B'),
      name: 'Perubahan Pertama',
      active: true,
      version: 1,
    });
    expect(firstChange.statusCode).toBe(200);
    const second = await admin.put(`/api/v1/perangkat-daerah/${pd.id}`, {
      ...newPd('B'),
      name: 'Perubahan Kedua',
      active: true,
      version: 1,
    });
    expect(second.statusCode).toBe(409);
    expect(problemOf(second).code).toBe('conflict.version');
    expect(body(await admin.get(`/api/v1/perangkat-daerah/${pd.id}`), PerangkatDaerah).name).toBe('Perubahan Pertama');
  });

  it('refuses duplicate names and a parent cycle', async () => {
    const dup = await admin.post('/api/v1/perangkat-daerah', { name: 'dinas kesehatan', shortName: 'Dinkes2', type: 'dinas' });
    expect(dup.statusCode).toBe(409);
    expect(problemOf(dup).code).toBe('conflict.duplicate');
    const parent = body(await admin.post('/api/v1/perangkat-daerah', { ...newPd('C'), type: 'kecamatan' }), PerangkatDaerah);
    const child = body(
      await admin.post('/api/v1/perangkat-daerah', { ...newPd('D'), type: 'kelurahan', parentId: parent.id }),
      PerangkatDaerah,
    );
    const cycle = await admin.put(`/api/v1/perangkat-daerah/${parent.id}`, {
      ...newPd('C'),
      type: 'kecamatan',
      parentId: child.id,
      active: true,
      version: 1,
    });
    expect(cycle.statusCode).toBe(422);
    expect(problemOf(cycle).code).toBe('pd.parent_invalid');
  });

  it('refuses to delete a PD still in use', async () => {
    const list = body(await admin.get('/api/v1/perangkat-daerah?q=Dinkes'), PerangkatDaerahPage);
    const res = await admin.delete(`/api/v1/perangkat-daerah/${first(list.items).id}`);
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('conflict.in_use');
  });

  it('replays a create with the same Idempotency-Key and refuses the key for another body', async () => {
    const headers = { 'idempotency-key': 'pd-create-0001' };
    const created = await admin.post('/api/v1/perangkat-daerah', newPd('E'), headers);
    const again = await admin.post('/api/v1/perangkat-daerah', newPd('E'), headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(body(again, PerangkatDaerah).id).toBe(body(created, PerangkatDaerah).id);
    const other = await admin.post('/api/v1/perangkat-daerah', newPd('F'), headers);
    expect(other.statusCode).toBe(422);
    expect(problemOf(other).code).toBe('idempotency.mismatch');
    expect(body(await admin.get('/api/v1/perangkat-daerah?q=Dinas Uji E'), PerangkatDaerahPage).total).toBe(1);
  });

  it('lets only the Pemda administrator change the organisation', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    expect((await tier1.get('/api/v1/perangkat-daerah')).statusCode).toBe(200);
    const res = await tier1.post('/api/v1/perangkat-daerah', newPd('G'));
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).code).toBe('auth.forbidden');
  });
});

describe('Pemda', () => {
  it('updates the Pemda with optimistic locking', async () => {
    const pemda = body(await admin.get('/api/v1/pemda'), Pemda);
    const res = await admin.put('/api/v1/pemda', { name: 'Kota Contoh', kind: 'kota', timeZone: 'Asia/Pontianak', version: pemda.version });
    expect(res.json()).toMatchObject({ timeZone: 'Asia/Pontianak', version: pemda.version + 1 });
    const bad = await admin.put('/api/v1/pemda', {
      name: 'Kota Contoh',
      kind: 'kota',
      timeZone: 'Europe/Paris',
      version: pemda.version + 1,
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('tenant isolation', () => {
  it('never shows one Pemda the data of another', async () => {
    const other = await seedOtherPemda(t.handle, 'admin@lain.example.id');
    const otherAdmin = await ApiClient.login(t.app, 'admin@lain.example.id');
    const mine = body(await otherAdmin.get('/api/v1/perangkat-daerah?pageSize=100'), PerangkatDaerahPage);
    expect(mine.items.map((p) => p.id)).toEqual([other.pdId]);
    const demoPd = first(body(await admin.get('/api/v1/perangkat-daerah?q=Dinkes'), PerangkatDaerahPage).items);
    expect((await otherAdmin.get(`/api/v1/perangkat-daerah/${demoPd.id}`)).statusCode).toBe(404);
    expect((await otherAdmin.put(`/api/v1/perangkat-daerah/${demoPd.id}`, { ...newPd('H'), active: true, version: 1 })).statusCode).toBe(
      404,
    );
    expect(body(await otherAdmin.get('/api/v1/users?pageSize=100'), UserPage).total).toBe(1);
    expect((await admin.get(`/api/v1/users/${other.userId}`)).statusCode).toBe(404);
    expect(body(await otherAdmin.get('/api/v1/pemda'), Pemda).name).toBe('Kabupaten Lain');
    const verify = body(await otherAdmin.get('/api/v1/audit/verify'), AuditVerification);
    expect(verify.intact).toBe(true);
  });
});
