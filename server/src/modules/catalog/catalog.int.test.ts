import type { BodyOf, ResponseOf } from '@sigap/api-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, first, startTestApp, typedClient, type TestApp } from '../../../test/harness';

type ServiceCreate = BodyOf<'/services', 'post'>;
type Service = ResponseOf<'/services/{id}', 'get'>;

let t: TestApp;
let admin: ApiClient;
let pdIds: Record<string, string>;
let calendars: ResponseOf<'/calendars', 'get'>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const pds = await admin.api.GET('/perangkat-daerah', { params: { query: { pageSize: 100 } } });
  pdIds = Object.fromEntries(pds.items.map((p) => [p.shortName, p.id]));
  calendars = await admin.api.GET('/calendars');
});
afterAll(() => t.close());

const service = (extra: Partial<ServiceCreate> = {}): ServiceCreate => ({
  name: 'Aplikasi Uji Layanan',
  description: 'Layanan uji untuk memeriksa katalog.',
  providerPdId: pdIds.Diskominfo ?? '',
  accessInfo: 'https://uji.kotacontoh.go.id',
  availabilityTarget: 99.5,
  helpContact: 'servicedesk@kotacontoh.go.id',
  helpdeskHours: 'Senin–Jumat 07.30–16.00',
  serviceType: 'publik',
  classification: 'normal',
  calendarId: first(calendars).id,
  ...extra,
});

describe('service catalog', () => {
  it('holds the demo catalog: 20+ services, some Kritis, with all eleven fields', async () => {
    const page = await admin.api.GET('/services', { params: { query: { pageSize: 100 } } });
    expect(page.total).toBeGreaterThanOrEqual(20);
    const kritis = page.items.filter((s) => s.classification === 'kritis');
    expect(kritis.length).toBeGreaterThanOrEqual(3);
    for (const s of kritis) expect(s.rpoMinutes && s.rtoMinutes && s.drpReference).toBeTruthy();
    const email = page.items.find((s) => s.name.startsWith('Surat Elektronik'));
    expect(email).toMatchObject({
      providerPdName: 'Dinas Komunikasi dan Informatika',
      serviceType: 'administrasi',
      availabilityTarget: 99.5,
    });
    expect(email?.serviceAdmins).toHaveLength(1);
    expect(email?.infraAdmins).toHaveLength(1);
    expect(email?.requestTypes.map((r) => r.name)).toContain('Pembuatan akun e-mail dinas');
  });

  it('refuses a Kritis service without RPO, RTO and DRP', async () => {
    const { error, response } = await admin.api.raw.POST('/services', { body: service({ classification: 'kritis' }) });
    expect(response.status).toBe(400);
    expect(error?.errors?.map((e) => e.path).sort()).toEqual(['body.drpReference', 'body.rpoMinutes', 'body.rtoMinutes']);
  });

  it('creates a Kritis service with its recovery targets and request types', async () => {
    const { data, response } = await admin.api.raw.POST('/services', {
      body: service({
        name: 'Layanan Kritis Uji',
        classification: 'kritis',
        rpoMinutes: 30,
        rtoMinutes: 120,
        drpReference: 'DRP/UJI/1',
        requestTypes: [{ name: 'Permintaan uji', fulfilmentMinutes: 90 }],
      }),
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({
      classification: 'kritis',
      rpoMinutes: 30,
      requestTypes: [expect.objectContaining({ name: 'Permintaan uji', fulfilmentMinutes: 90, requiresApproval: false })],
    });
  });

  it('lets a service owner change only the services of their PD', async () => {
    const owner = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    const all = (await owner.api.GET('/services', { params: { query: { pageSize: 100 } } })).items;
    const own = first(all.filter((s) => s.providerPdName === 'Dinas Komunikasi dan Informatika'));
    const other = first(all.filter((s) => s.providerPdName === 'Dinas Kesehatan'));
    const update = (s: Service) => ({
      params: { path: { id: s.id } },
      body: {
        ...service({
          name: s.name,
          providerPdId: s.providerPdId,
          calendarId: s.calendarId,
          classification: s.classification,
          serviceType: s.serviceType,
        }),
        rpoMinutes: s.rpoMinutes,
        rtoMinutes: s.rtoMinutes,
        drpReference: s.drpReference,
        active: true,
        version: s.version,
      },
    });
    expect((await owner.api.raw.PUT('/services/{id}', update(own))).response.status).toBe(200);
    expect((await owner.api.raw.PUT('/services/{id}', update(other))).response.status).toBe(403);
    const addType = await owner.api.raw.POST('/services/{id}/request-types', {
      params: { path: { id: other.id } },
      body: { name: 'Tidak boleh', fulfilmentMinutes: 10 },
    });
    expect(addType.response.status).toBe(403);
  });

  it('lists services open to public reports without signing in', async () => {
    const services = await typedClient(t.app).GET('/public/services');
    expect(services.map((s) => s.name)).toContain('Pendaftaran Online Puskesmas (SIMPUS)');
    expect(services[0]).not.toHaveProperty('serviceAdmins');
  });
});

describe('working calendar', () => {
  it('ships office hours and a 24×7 calendar, and the 2026 holidays (17 national, 8 cuti bersama)', async () => {
    expect(calendars.map((c) => c.alwaysOn).sort()).toEqual([false, true]);
    const holidays = await admin.api.GET('/holidays', { params: { query: { year: 2026 } } });
    expect(holidays.filter((h) => h.kind === 'nasional')).toHaveLength(17);
    expect(holidays.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
  });

  it('keeps local entries through a re-import', async () => {
    const local = await admin.api.raw.POST('/holidays', { body: { date: '2026-10-09', name: 'Hari Jadi Kota Contoh', kind: 'daerah' } });
    expect(local.response.status).toBe(201);
    const imported = await admin.api.POST('/holidays/import-csv', {
      body: {
        year: 2026,
        csv: 'tanggal,nama,jenis\n2026-01-01,Tahun Baru,nasional\n2026-12-24,"Cuti bersama ""Natal""",cuti_bersama\n',
      },
    });
    expect(imported.map((h) => `${h.date} ${h.kind}`)).toEqual(['2026-01-01 nasional', '2026-10-09 daerah', '2026-12-24 cuti_bersama']);
    const bad = await admin.api.raw.POST('/holidays/import', {
      body: { year: 2026, holidays: [{ date: '2027-01-01', name: 'Salah tahun', kind: 'nasional' }] },
    });
    expect(bad.response.status).toBe(400);
  });

  it('refuses overlapping office hours', async () => {
    const cal = first(calendars.filter((c) => !c.alwaysOn));
    const week = Array.from({ length: 7 }, (): { start: string; end: string }[] => []);
    week[1] = [
      { start: '07:30', end: '12:00' },
      { start: '11:00', end: '16:00' },
    ];
    const { error, response } = await admin.api.raw.PUT('/calendars/{id}', {
      params: { path: { id: cal.id } },
      body: { name: 'Jam Kerja Kantor', alwaysOn: false, weeklyHours: week, version: 1 },
    });
    expect(response.status).toBe(400);
    expect(error?.errors?.[0]?.message).toMatch(/tumpang tindih/);
  });
});

describe('service-desk policy', () => {
  it('starts from the SPEC tables and lets the administrator change them', async () => {
    const current = await admin.api.GET('/service-desk/policy');
    expect(current.version).toBe(0);
    expect(current.policy.responseMinutes).toEqual({ P1: 15, P2: 30, P3: 60, P4: 90, P5: 120, P6: 150 });
    expect(current.policy.priorityMatrix.mayor.publik.kritis).toBe('P1');
    const changed = { ...current.policy, escalationShare: 0.8 };
    const saved = await admin.api.PUT('/service-desk/policy', { body: { policy: changed, version: 0 } });
    expect(saved).toMatchObject({ version: 1, policy: { escalationShare: 0.8 } });
    const stale = await admin.api.raw.PUT('/service-desk/policy', { body: { policy: changed, version: 0 } });
    expect(stale.response.status).toBe(409);
  });
});
