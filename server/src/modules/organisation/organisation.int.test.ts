import type { BodyOf } from '@sigap/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, first, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';

type PdCreate = BodyOf<'/perangkat-daerah', 'post'>;

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const newPd = (suffix: string, extra: Partial<PdCreate> = {}): PdCreate => ({
  name: `Dinas Uji ${suffix}`,
  shortName: `DU${suffix}`,
  type: 'dinas',
  ...extra,
});
/** The body of a typed-client answer the test needs to be there. */
function present<T>(data: T | undefined): T {
  if (data === undefined) throw new Error('expected a response body');
  return data;
}
const byId = (id: string) => ({ params: { path: { id } } });
const listPds = (client: ApiClient, query: { q?: string; pageSize?: number } = {}) =>
  client.api.GET('/perangkat-daerah', { params: { query } });

describe('Perangkat Daerah', () => {
  it('lists the demo PDs, including exactly one Diskominfo', async () => {
    const page = await listPds(admin, { pageSize: 100 });
    expect(page.total).toBeGreaterThanOrEqual(10);
    expect(page.items.filter((p) => p.isDiskominfo)).toHaveLength(1);
  });

  it('creates, reads, updates and deletes a PD', async () => {
    const created = await admin.api.raw.POST('/perangkat-daerah', { body: newPd('A') });
    expect(created.response.status).toBe(201);
    const pd = present(created.data);
    expect(pd).toMatchObject({
      name: 'Dinas Uji A',
      shortName: 'DUA',
      type: 'dinas',
      isDiskominfo: false,
      parentId: null,
      active: true,
      version: 1,
    });
    expect((await admin.api.GET('/perangkat-daerah/{id}', byId(pd.id))).name).toBe('Dinas Uji A');
    const updated = await admin.api.PUT('/perangkat-daerah/{id}', {
      ...byId(pd.id),
      body: { ...newPd('A'), name: 'Dinas Uji A Baru', active: false, version: 1 },
    });
    expect(updated).toMatchObject({ name: 'Dinas Uji A Baru', active: false, version: 2 });
    expect((await admin.api.raw.DELETE('/perangkat-daerah/{id}', byId(pd.id))).response.status).toBe(204);
    expect((await admin.api.raw.GET('/perangkat-daerah/{id}', byId(pd.id))).response.status).toBe(404);
  });

  it('refuses a stale version (optimistic locking) and keeps the first change', async () => {
    const pd = await admin.api.POST('/perangkat-daerah', { body: newPd('B') });
    const change = (name: string) => ({ ...byId(pd.id), body: { ...newPd('B'), name, active: true, version: 1 } });
    expect((await admin.api.raw.PUT('/perangkat-daerah/{id}', change('Perubahan Pertama'))).response.status).toBe(200);
    const second = await admin.api.raw.PUT('/perangkat-daerah/{id}', change('Perubahan Kedua'));
    expect(second.response.status).toBe(409);
    expect(second.error?.code).toBe('conflict.version');
    expect((await admin.api.GET('/perangkat-daerah/{id}', byId(pd.id))).name).toBe('Perubahan Pertama');
  });

  it('refuses duplicate names and a parent cycle', async () => {
    const dup = await admin.api.raw.POST('/perangkat-daerah', { body: { name: 'dinas kesehatan', shortName: 'Dinkes2', type: 'dinas' } });
    expect(dup.response.status).toBe(409);
    expect(dup.error?.code).toBe('conflict.duplicate');
    const parent = await admin.api.POST('/perangkat-daerah', { body: newPd('C', { type: 'kecamatan' }) });
    const child = await admin.api.POST('/perangkat-daerah', { body: newPd('D', { type: 'kelurahan', parentId: parent.id }) });
    const cycle = await admin.api.raw.PUT('/perangkat-daerah/{id}', {
      ...byId(parent.id),
      body: { ...newPd('C'), type: 'kecamatan', parentId: child.id, active: true, version: 1 },
    });
    expect(cycle.response.status).toBe(422);
    expect(cycle.error?.code).toBe('pd.parent_invalid');
  });

  it('refuses to delete a PD still in use', async () => {
    const dinkes = first((await listPds(admin, { q: 'Dinkes' })).items);
    const res = await admin.api.raw.DELETE('/perangkat-daerah/{id}', byId(dinkes.id));
    expect(res.response.status).toBe(409);
    expect(res.error?.code).toBe('conflict.in_use');
  });

  it('replays a create with the same Idempotency-Key and refuses the key for another body', async () => {
    const key = { params: { header: { 'idempotency-key': 'pd-create-0001' } } };
    const first = await admin.api.POST('/perangkat-daerah', { ...key, body: newPd('E') });
    const again = await admin.api.raw.POST('/perangkat-daerah', { ...key, body: newPd('E') });
    expect(again.response.status).toBe(201);
    expect(again.response.headers.get('idempotency-replayed')).toBe('true');
    expect(again.data?.id).toBe(first.id);
    const other = await admin.api.raw.POST('/perangkat-daerah', { ...key, body: newPd('F') });
    expect(other.response.status).toBe(422);
    expect(other.error?.code).toBe('idempotency.mismatch');
    expect((await listPds(admin, { q: 'Dinas Uji E' })).total).toBe(1);
  });

  it('lets only the Pemda administrator change the organisation', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    expect((await tier1.api.raw.GET('/perangkat-daerah')).response.status).toBe(200);
    const res = await tier1.api.raw.POST('/perangkat-daerah', { body: newPd('G') });
    expect(res.response.status).toBe(403);
    expect(res.error?.code).toBe('auth.forbidden');
  });
});

describe('Pemda', () => {
  it('updates the Pemda with optimistic locking', async () => {
    const pemda = await admin.api.GET('/pemda');
    const saved = await admin.api.PUT('/pemda', {
      body: { name: 'Kota Contoh', kind: 'kota', timeZone: 'Asia/Pontianak', version: pemda.version },
    });
    expect(saved).toMatchObject({ timeZone: 'Asia/Pontianak', version: pemda.version + 1 });
    // A zone outside Indonesia is not even a valid body: sent raw, as a malformed request.
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
    const mine = await listPds(otherAdmin, { pageSize: 100 });
    expect(mine.items.map((p) => p.id)).toEqual([other.pdId]);
    const demoPdId = first((await listPds(admin, { q: 'Dinkes' })).items).id;
    expect((await otherAdmin.api.raw.GET('/perangkat-daerah/{id}', byId(demoPdId))).response.status).toBe(404);
    const put = await otherAdmin.api.raw.PUT('/perangkat-daerah/{id}', {
      ...byId(demoPdId),
      body: { ...newPd('H'), active: true, version: 1 },
    });
    expect(put.response.status).toBe(404);
    expect((await otherAdmin.api.GET('/users', { params: { query: { pageSize: 100 } } })).total).toBe(1);
    expect((await admin.api.raw.GET('/users/{id}', byId(other.userId))).response.status).toBe(404);
    expect((await otherAdmin.api.GET('/pemda')).name).toBe('Kabupaten Lain');
    expect((await otherAdmin.api.GET('/audit/verify')).intact).toBe(true);
  });
});
