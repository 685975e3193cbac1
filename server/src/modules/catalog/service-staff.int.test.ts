import { Service } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
let ids: Map<string, string>;
let diskominfo: string;
let calendarId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const users = await t.handle.db.selectFrom('app_user').select(['id', 'email']).execute();
  ids = new Map(users.map((u) => [u.email, u.id]));
  diskominfo = (await t.handle.db.selectFrom('perangkat_daerah').select('id').where('is_diskominfo', '=', true).executeTakeFirstOrThrow())
    .id;
  calendarId = first(await admin.api.GET('/calendars')).id;
});
afterAll(() => t.close());

const idOf = (email: string) => ids.get(email) ?? '';
const People = z.array(z.object({ id: z.string(), name: z.string() }));
const emailsOf = (people: { id: string }[]) => people.map((p) => [...ids].find(([, id]) => id === p.id)?.[0]);
const service = (serviceAdminIds: string[], infraAdminIds: string[]) => ({
  name: `Layanan Staf ${Math.random().toString(36).slice(2, 8)}`,
  description: 'Layanan uji untuk memeriksa siapa boleh menjadi administratornya.',
  providerPdId: diskominfo,
  serviceAdminIds,
  infraAdminIds,
  accessInfo: 'https://uji.kotacontoh.go.id',
  availabilityTarget: 99,
  helpContact: 'servicedesk@kotacontoh.go.id',
  helpdeskHours: 'Senin–Jumat 07.30–16.00',
  serviceType: 'administrasi',
  classification: 'normal',
  calendarId,
});

describe('who may be named a service’s administrator', () => {
  it('only those who work tickets of the providing PD (and its vendors, for infrastructure)', async () => {
    // An ordinary ASN of another PD is not a service administrator.
    const asn = await admin.post('/api/v1/services', service([idOf('pengguna@demo.sigap.id')], []));
    expect(asn.statusCode).toBe(400);
    expect(problemOf(asn).errors).toEqual([expect.objectContaining({ path: 'serviceAdminIds' })]);
    // A vendor runs infrastructure, not the service desk.
    const vendorAsService = await admin.post('/api/v1/services', service([idOf('rekanan@demo.sigap.id')], []));
    expect(vendorAsService.statusCode).toBe(400);

    const created = await admin.post(
      '/api/v1/services',
      service([idOf('admin.layanan@demo.sigap.id')], [idOf('admin.infra@demo.sigap.id'), idOf('rekanan@demo.sigap.id')]),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(body(created, Service).infraAdmins.map((a) => a.id)).toContain(idOf('rekanan@demo.sigap.id'));
  });

  it('offers exactly those people in the form’s pickers', async () => {
    const forService = body(await admin.get(`/api/v1/services/staff-candidates?providerPdId=${diskominfo}&kind=admin_layanan`), People);
    const forInfra = body(await admin.get(`/api/v1/services/staff-candidates?providerPdId=${diskominfo}&kind=admin_infra`), People);
    expect(emailsOf(forService)).toContain('admin.layanan@demo.sigap.id');
    expect(emailsOf(forService)).not.toContain('pengguna@demo.sigap.id');
    expect(emailsOf(forService)).not.toContain('rekanan@demo.sigap.id');
    expect(emailsOf(forInfra)).toContain('rekanan@demo.sigap.id');
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    expect((await asn.get(`/api/v1/services/staff-candidates?providerPdId=${diskominfo}&kind=admin_infra`)).statusCode).toBe(403);
  });
});
