import { Holiday, PerangkatDaerahPage, PublicService, Service, ServiceDeskPolicyDto, ServicePage, WorkingCalendarDto } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
let pdIds: Record<string, string>;
let calendars: { id: string; alwaysOn: boolean }[];
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  pdIds = Object.fromEntries(
    body(await admin.get('/api/v1/perangkat-daerah?pageSize=100'), PerangkatDaerahPage).items.map((p) => [p.shortName, p.id]),
  );
  calendars = body(await admin.get('/api/v1/calendars'), z.array(WorkingCalendarDto));
});
afterAll(() => t.close());

const service = (extra: Record<string, unknown> = {}) => ({
  name: 'Aplikasi Uji Layanan',
  description: 'Layanan uji untuk memeriksa katalog.',
  providerPdId: pdIds.Diskominfo,
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
    const page = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage);
    expect(page.total).toBeGreaterThanOrEqual(20);
    const kritis = page.items.filter((s) => s.classification === 'kritis');
    expect(kritis.length).toBeGreaterThanOrEqual(3);
    for (const s of kritis) expect(s.rpoMinutes && s.rtoMinutes && s.drpReference).toBeTruthy();
    const email = first(page.items.filter((s) => s.name.startsWith('Surat Elektronik')));
    expect(email).toMatchObject({
      providerPdName: 'Dinas Komunikasi dan Informatika',
      serviceType: 'administrasi',
      availabilityTarget: 99.5,
    });
    expect(email.serviceAdmins).toHaveLength(1);
    expect(email.infraAdmins).toHaveLength(1);
    expect(email.requestTypes.map((r) => r.name)).toContain('Pembuatan akun e-mail dinas');
  });

  it('refuses a Kritis service without RPO, RTO and DRP', async () => {
    const res = await admin.post('/api/v1/services', service({ classification: 'kritis' }));
    expect(res.statusCode).toBe(400);
    expect(
      problemOf(res)
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['body.drpReference', 'body.rpoMinutes', 'body.rtoMinutes']);
  });

  it('creates a Kritis service with its recovery targets and request types', async () => {
    const res = await admin.post(
      '/api/v1/services',
      service({
        name: 'Layanan Kritis Uji',
        classification: 'kritis',
        rpoMinutes: 30,
        rtoMinutes: 120,
        drpReference: 'DRP/UJI/1',
        requestTypes: [{ name: 'Permintaan uji', fulfilmentMinutes: 90 }],
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      classification: 'kritis',
      rpoMinutes: 30,
      requestTypes: [expect.objectContaining({ name: 'Permintaan uji', fulfilmentMinutes: 90, requiresApproval: false })],
    });
  });

  it('lets a service owner change only the services of their PD', async () => {
    const owner = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    const all = body(await owner.get('/api/v1/services?pageSize=100'), ServicePage).items;
    const own = first(all.filter((s) => s.providerPdName === 'Dinas Komunikasi dan Informatika'));
    const other = first(all.filter((s) => s.providerPdName === 'Dinas Kesehatan'));
    const update = (s: Service) => ({
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
    });
    expect((await owner.put(`/api/v1/services/${own.id}`, update(own))).statusCode).toBe(200);
    expect((await owner.put(`/api/v1/services/${other.id}`, update(other))).statusCode).toBe(403);
    expect(
      (await owner.post(`/api/v1/services/${other.id}/request-types`, { name: 'Tidak boleh', fulfilmentMinutes: 10 })).statusCode,
    ).toBe(403);
  });

  it('lists services open to public reports without signing in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/services' });
    expect(res.statusCode).toBe(200);
    expect(body(res, z.array(PublicService)).map((s) => s.name)).toContain('Pendaftaran Online Puskesmas (SIMPUS)');
    // Read raw: a schema would drop the very property that must be absent.
    expect(first(body(res, z.array(z.unknown())))).not.toHaveProperty('serviceAdmins');
  });
});

describe('working calendar', () => {
  it('ships office hours and a 24×7 calendar, and the 2026 holidays (17 national, 8 cuti bersama)', async () => {
    expect(calendars.map((c) => c.alwaysOn).sort()).toEqual([false, true]);
    const holidays = body(await admin.get('/api/v1/holidays?year=2026'), z.array(Holiday));
    expect(holidays.filter((h) => h.kind === 'nasional')).toHaveLength(17);
    expect(holidays.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
  });

  it('keeps local entries through a re-import', async () => {
    const local = await admin.post('/api/v1/holidays', { date: '2026-10-09', name: 'Hari Jadi Kota Contoh', kind: 'daerah' });
    expect(local.statusCode).toBe(201);
    const imported = await admin.post('/api/v1/holidays/import-csv', {
      year: 2026,
      csv: 'tanggal,nama,jenis\n2026-01-01,Tahun Baru,nasional\n2026-12-24,"Cuti bersama ""Natal""",cuti_bersama\n',
    });
    expect(imported.statusCode).toBe(200);
    expect(body(imported, z.array(Holiday)).map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2026-01-01 nasional',
      '2026-10-09 daerah',
      '2026-12-24 cuti_bersama',
    ]);
    const bad = await admin.post('/api/v1/holidays/import', {
      year: 2026,
      holidays: [{ date: '2027-01-01', name: 'Salah tahun', kind: 'nasional' }],
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses overlapping office hours', async () => {
    const cal = first(calendars.filter((c) => !c.alwaysOn));
    const week = Array.from({ length: 7 }, () => [] as { start: string; end: string }[]);
    week[1] = [
      { start: '07:30', end: '12:00' },
      { start: '11:00', end: '16:00' },
    ];
    const res = await admin.put(`/api/v1/calendars/${cal.id}`, {
      name: 'Jam Kerja Kantor',
      alwaysOn: false,
      weeklyHours: week,
      version: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.[0]?.message).toMatch(/tumpang tindih/);
  });
});

describe('service-desk policy', () => {
  it('starts from the SPEC tables and lets the administrator change them', async () => {
    const current = body(await admin.get('/api/v1/service-desk/policy'), ServiceDeskPolicyDto);
    expect(current.version).toBe(0);
    expect(current.policy.responseMinutes).toEqual({ P1: 15, P2: 30, P3: 60, P4: 90, P5: 120, P6: 150 });
    expect(current.policy.priorityMatrix.mayor.publik.kritis).toBe('P1');
    const changed = { ...current.policy, escalationShare: 0.8 };
    const res = await admin.put('/api/v1/service-desk/policy', { policy: changed, version: 0 });
    expect(res.json()).toMatchObject({ version: 1, policy: { escalationShare: 0.8 } });
    expect((await admin.put('/api/v1/service-desk/policy', { policy: changed, version: 0 })).statusCode).toBe(409);
  });
});
