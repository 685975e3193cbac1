import { type Service, Ticket, addWorkingMinutes, parseClock, type ServiceDeskPolicy, type WorkingCalendar } from '@sigap/core';
import type { ResponseOf } from '@sigap/api-client';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;
let asn: ApiClient;
let policy: ServiceDeskPolicy;
type Calendar = ResponseOf<'/calendars', 'get'>[number];
let office: Calendar;

beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  office = first((await admin.api.GET('/calendars')).filter((c) => c.isDefault));
  policy = (await admin.api.GET('/service-desk/policy')).policy;
});
afterAll(() => t.close());

type Week = { start: string; end: string }[][];
/** The same hours every day of the week. */
const everyDay = (start: string, end: string): Week => Array.from({ length: 7 }, () => [{ start, end }]);
const calendarBody = (c: Calendar, weeklyHours: Week, extra: object = {}) => ({
  name: c.name,
  alwaysOn: false,
  weeklyHours,
  version: c.version,
  ...extra,
});
/** Local date of the Pemda (WIB) `days` from now. */
const localDate = (days: number, offsetHours = 7) =>
  new Date(Date.now() + offsetHours * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function serviceOn(calendarId: string, name: string): Promise<Service> {
  const pd = (await admin.api.GET('/perangkat-daerah', { params: { query: { q: 'Diskominfo' } } })).items;
  const created = await admin.api.POST('/services', {
    body: {
      name,
      description: 'Layanan uji kalender kerja.',
      providerPdId: first(pd).id,
      accessInfo: 'https://uji.kotacontoh.go.id',
      availabilityTarget: 99,
      helpContact: 'servicedesk@kotacontoh.go.id',
      helpdeskHours: 'Setiap hari',
      serviceType: 'administrasi',
      classification: 'normal',
      calendarId,
    },
    params: { header: { 'idempotency-key': crypto.randomUUID() } },
  });
  return created;
}

async function report(serviceId: string) {
  const res = await asn.post('/api/v1/tickets', {
    kind: 'incident',
    serviceId,
    title: 'Aplikasi tidak bisa dibuka',
    description: 'Halaman awal aplikasi menampilkan galat sejak pagi ini.',
    impact: 'minor',
    urgency: 2,
  });
  expect(res.statusCode, res.body).toBe(201);
  return body(res, Ticket);
}

/** What the clock should give for a ticket's response target on `cal`. */
function expectedResponse(ticket: Ticket, cal: WorkingCalendar) {
  const minutes = Math.min(policy.responseMinutes[ticket.priority], policy.maxResponseMinutes);
  return addWorkingMinutes(cal, new Date(ticket.reportedAt), minutes).toISOString();
}
const weekOf = (w: Week) => w.map((d) => d.map((iv) => ({ start: parseClock(iv.start), end: parseClock(iv.end) })));
/** A due time's UTC minute of the day: on a calendar working 00:00–01:05 local, it tells the zone the clock used. */
const utcMinuteOfDay = (iso: string) => (new Date(iso).getTime() / 60_000) % 1440;

describe('working hours as people type them (issue 17, item 3)', () => {
  it('takes 07.30 as well as 07:30, and keeps them as 07:30', async () => {
    const week: Week = [[], ...Array.from({ length: 5 }, () => [{ start: '07.30', end: '16.00' }]), []];
    const res = await admin.put(`/api/v1/calendars/${office.id}`, calendarBody(office, week));
    expect(res.statusCode, res.body).toBe(200);
    office = (await admin.api.GET('/calendars')).find((c) => c.id === office.id) ?? office;
    expect(office.weeklyHours[1]).toEqual([{ start: '07:30', end: '16:00' }]);
  });

  it('refuses any other clock with a 400 on the field', async () => {
    for (const clock of ['7:30', '25:00', '07:60', '07.30.00', 'pagi']) {
      const week: Week = [[], [{ start: clock, end: '16:00' }], [], [], [], [], []];
      const res = await admin.put(`/api/v1/calendars/${office.id}`, calendarBody(office, week));
      expect(res.statusCode, `${clock}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation.failed', errors: [{ path: 'body.weeklyHours.1.0.start' }] });
    }
  });

  it('refuses a calendar with less than a working day a week (one minute a week)', async () => {
    const week: Week = [[], [{ start: '08:00', end: '08:01' }], [], [], [], [], []];
    const res = await admin.put(`/api/v1/calendars/${office.id}`, calendarBody(office, week));
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors).toEqual([{ path: 'body.weeklyHours', message: expect.stringMatching(/7,5 jam/) as string }]);
  });
});

describe('a calendar with next to no working time never fails a write (issue 17, item 3)', () => {
  it('opens, pauses, resumes and re-prioritises tickets, flagging targets it cannot reach', async () => {
    const service = first(
      (await admin.api.GET('/services', { params: { query: { pageSize: 100 } } })).items.filter((s) => s.calendarId === office.id),
    );
    // As a calendar saved before the minimum was enforced would be: one minute a week.
    const oneMinute = JSON.stringify([[], [{ start: 480, end: 481 }], [], [], [], [], []]);
    await sql`UPDATE working_calendar SET weekly_hours = ${oneMinute}::jsonb WHERE id = ${office.id}`.execute(t.handle.db);
    try {
      const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
      let ticket = body(await tier2.get(`/api/v1/tickets/${(await report(service.id)).id}`), Ticket);
      // an internal entry: the agents see it, the reporter does not
      expect(ticket.events.map((e) => e.type)).toContain('clock_beyond_calendar');
      expect(new Date(ticket.resolutionDueAt).getTime() - new Date(ticket.reportedAt).getTime()).toBeGreaterThan(9 * 365 * 86_400_000);
      const act = async (action: Record<string, unknown>) => {
        const res = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { ...action, version: ticket.version });
        expect(res.statusCode, res.body).toBe(200);
        ticket = body(res, Ticket);
      };
      await act({ action: 'take' });
      await act({ action: 'wait_user', body: 'Mohon kirim tangkapan layar galatnya.' });
      await act({ action: 'resume' });
      expect(ticket.status).toBe('in_progress');
      await act({ action: 'reprioritise', impact: 'mayor', urgency: 1, body: 'Seluruh bidang terdampak.' });
      expect(ticket.events.filter((e) => e.type === 'clock_beyond_calendar').length).toBeGreaterThanOrEqual(2);
    } finally {
      await sql`UPDATE working_calendar SET weekly_hours = ${JSON.stringify(weekOf(office.weeklyHours))}::jsonb WHERE id = ${office.id}`.execute(
        t.handle.db,
      );
    }
  });
});

describe('settings count from the next ticket on (issue 17, item 4)', () => {
  const window: Week = everyDay('00:00', '01:05');

  it('follows a Pemda time-zone change at once, made here or straight in the database by another process', async () => {
    const res = await admin.put(`/api/v1/calendars/${office.id}`, calendarBody(office, window));
    expect(res.statusCode, res.body).toBe(200);
    office = (await admin.api.GET('/calendars')).find((c) => c.id === office.id) ?? office;
    const service = await serviceOn(office.id, 'Layanan Uji Zona Waktu');
    const year = new Date().getUTCFullYear();
    const holidays = new Set<string>();
    for (const y of [year, year + 1])
      for (const h of await admin.api.GET('/holidays', { params: { query: { year: y } } })) if (!h.offHours) holidays.add(h.date);
    const cal = (offsetMinutes: number): WorkingCalendar => ({ offsetMinutes, weekly: weekOf(window), holidays, alwaysOn: false });
    const before = await report(service.id);
    // 00:00–01:05 WIB is 17:00–18:05 UTC
    expect(utcMinuteOfDay(before.responseDueAt)).toBeGreaterThan(17 * 60);
    expect(utcMinuteOfDay(before.responseDueAt)).toBeLessThanOrEqual(18 * 60 + 5);

    const pemda = await admin.api.GET('/pemda');
    await admin.api.PUT('/pemda', { body: { name: pemda.name, kind: pemda.kind, timeZone: 'Asia/Jayapura', version: pemda.version } });
    const wit = await report(service.id);
    // 00:00–01:05 WIT is 15:00–16:05 UTC
    expect(utcMinuteOfDay(wit.responseDueAt)).toBeGreaterThan(15 * 60);
    expect(utcMinuteOfDay(wit.responseDueAt)).toBeLessThanOrEqual(16 * 60 + 5);
    expect(wit.responseDueAt).toBe(expectedResponse(wit, cal(540)));

    // Another process (or host) changes the zone: this process's cache must not keep the old one.
    await sql`UPDATE pemda SET time_zone = 'Asia/Makassar' WHERE id = (SELECT pemda_id FROM working_calendar WHERE id = ${office.id})`.execute(
      t.handle.db,
    );
    const wita = await report(service.id);
    // 00:00–01:05 WITA is 16:00–17:05 UTC
    expect(utcMinuteOfDay(wita.responseDueAt)).toBeGreaterThan(16 * 60);
    expect(utcMinuteOfDay(wita.responseDueAt)).toBeLessThanOrEqual(17 * 60 + 5);

    await sql`UPDATE pemda SET time_zone = 'Asia/Jakarta' WHERE id = (SELECT pemda_id FROM working_calendar WHERE id = ${office.id})`.execute(
      t.handle.db,
    );
    expect(utcMinuteOfDay((await report(service.id)).responseDueAt)).toBeGreaterThan(17 * 60);
  });

  it('follows a calendar change made straight in the database at once', async () => {
    const service = await serviceOn(office.id, 'Layanan Uji Ubah Kalender');
    await report(service.id);
    // Working 12:00–13:05 WIB (05:00–06:05 UTC) instead, written by "another process".
    const later = JSON.stringify(weekOf(everyDay('12:00', '13:05')));
    await sql`UPDATE working_calendar SET weekly_hours = ${later}::jsonb WHERE id = ${office.id}`.execute(t.handle.db);
    const after = await report(service.id);
    expect(utcMinuteOfDay(after.responseDueAt)).toBeGreaterThan(5 * 60);
    expect(utcMinuteOfDay(after.responseDueAt)).toBeLessThanOrEqual(6 * 60 + 5);
  });
});

describe('calendars a Pemda shapes itself (issue 17, item 9)', () => {
  let hospital: Calendar;

  it('creates a 24×5 calendar that works through holidays, and assigns it to a service', async () => {
    const weekdays: Week = [[], ...Array.from({ length: 5 }, () => [{ start: '00:00', end: '24:00' }]), []];
    hospital = await admin.api.POST('/calendars', {
      body: { name: 'Layanan RSUD 24×5', alwaysOn: false, observesHolidays: false, weeklyHours: weekdays },
      params: { header: { 'idempotency-key': crypto.randomUUID() } },
    });
    expect(hospital).toMatchObject({ name: 'Layanan RSUD 24×5', isDefault: false, observesHolidays: false, periods: [], serviceCount: 0 });
    const service = await serviceOn(hospital.id, 'SIMRS Uji 24×5');
    expect(service).toMatchObject({ calendarId: hospital.id, calendarName: 'Layanan RSUD 24×5' });
    const ticket = await report(service.id);
    expect(ticket.responseDueAt).toBe(
      expectedResponse(ticket, { offsetMinutes: 420, weekly: weekOf(weekdays), holidays: new Set(), alwaysOn: false }),
    );
    expect(first((await admin.api.GET('/calendars')).filter((c) => c.id === hospital.id)).serviceCount).toBe(1);
  });

  it('runs the clocks on a date range with its own hours (Ramadan) and on half days', async () => {
    // Usual hours 12:00–24:00; a period around today works 00:00–12:00 instead.
    const usual = everyDay('12:00', '24:00');
    const morning = everyDay('00:00', '12:00');
    const period = { name: 'Ramadan uji', from: localDate(-2), to: localDate(30), weeklyHours: morning };
    const created = await admin.api.POST('/calendars', {
      body: { name: 'Jam Kerja Bidang Uji', alwaysOn: false, weeklyHours: usual, periods: [period] },
      params: { header: { 'idempotency-key': crypto.randomUUID() } },
    });
    expect(created.periods).toEqual([period]);
    const service = await serviceOn(created.id, 'Layanan Uji Periode');
    const holidays = new Set<string>();
    for (const h of await admin.api.GET('/holidays', { params: { query: { year: new Date().getUTCFullYear() } } }))
      if (!h.offHours) holidays.add(h.date);
    const cal: WorkingCalendar = {
      offsetMinutes: 420,
      weekly: weekOf(usual),
      holidays,
      periods: [{ from: period.from, to: period.to, weekly: weekOf(morning) }],
      alwaysOn: false,
    };
    const inPeriod = await report(service.id);
    expect(inPeriod.responseDueAt).toBe(expectedResponse(inPeriod, cal));
    expect(inPeriod.responseDueAt).not.toBe(expectedResponse(inPeriod, { ...cal, periods: [] }));

    // Half days today and tomorrow: the mornings are off, so the clock waits for the day after.
    const partDays = new Map<string, { start: number; end: number }>();
    for (const date of [localDate(0), localDate(1)]) {
      const half = await admin.api.POST('/holidays', {
        body: { date, name: 'Setengah hari uji', kind: 'daerah', offHours: { start: '00.00', end: '12.00' } },
        params: { header: { 'idempotency-key': crypto.randomUUID() } },
      });
      expect(half.offHours).toEqual({ start: '00:00', end: '12:00' });
      partDays.set(date, { start: 0, end: 720 });
    }
    const halfDay = await report(service.id);
    expect(halfDay.responseDueAt).toBe(expectedResponse(halfDay, { ...cal, partDays }));
    expect(halfDay.responseDueAt).not.toBe(expectedResponse(halfDay, cal));
  });

  it('adds a cuti bersama decided late; it counts on calendars that keep holidays', async () => {
    const date = localDate(3);
    const added = await admin.api.POST('/holidays', {
      body: { date, name: 'Cuti bersama tambahan', kind: 'cuti_bersama' },
      params: { header: { 'idempotency-key': crypto.randomUUID() } },
    });
    expect(added).toMatchObject({ date, kind: 'cuti_bersama', source: 'local', offHours: null });
    const year = Number(date.slice(0, 4));
    expect((await admin.api.GET('/holidays', { params: { query: { year } } })).map((h) => h.id)).toContain(added.id);
  });

  it('refuses to delete the default calendar or one a service uses, and deletes an unused one', async () => {
    const del = (id: string) => admin.delete(`/api/v1/calendars/${id}`);
    expect(problemOf(await del(office.id)).code).toBe('calendar.is_default');
    expect(problemOf(await del(hospital.id)).code).toBe('calendar.in_use');
    const spare = await admin.api.POST('/calendars', {
      body: { name: 'Kalender Cadangan', alwaysOn: true, weeklyHours: everyDay('00:00', '24:00') },
      params: { header: { 'idempotency-key': crypto.randomUUID() } },
    });
    expect((await del(spare.id)).statusCode).toBe(204);
    expect((await del(spare.id)).statusCode).toBe(404);
    const other = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    expect((await other.delete(`/api/v1/calendars/${hospital.id}`)).statusCode).toBe(403);
  });

  it('refuses periods that overlap, and names the field', async () => {
    const p = (from: string, to: string) => ({ name: `Periode ${from}`, from, to, weeklyHours: everyDay('08:00', '14:30') });
    const res = await admin.post('/api/v1/calendars', {
      name: 'Kalender Tumpang Tindih',
      alwaysOn: false,
      weeklyHours: everyDay('07:30', '16:00'),
      periods: [p('2027-02-01', '2027-03-01'), p('2027-02-20', '2027-03-10')],
    });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.[0]?.path).toBe('body.periods.1.from');
  });
});

describe('holiday import (CSV)', () => {
  it('reads quoted fields and semicolons, and refuses a broken file with a 400 on the field', async () => {
    const imported = await admin.api.POST('/holidays/import-csv', {
      body: {
        year: 2027,
        csv: 'tanggal;nama;jenis\n2027-01-01;"Tahun Baru; 2027";nasional\n2027-02-08;"Cuti bersama ""Imlek""";cuti_bersama\n',
      },
    });
    expect(imported.map((h) => `${h.date} ${h.name} ${h.kind}`)).toEqual([
      '2027-01-01 Tahun Baru; 2027 nasional',
      '2027-02-08 Cuti bersama "Imlek" cuti_bersama',
    ]);
    const broken = await admin.post('/api/v1/holidays/import-csv', { year: 2027, csv: '2027-01-01,"Tahun Baru\n2027-02-08,Imlek' });
    expect(broken.statusCode).toBe(400);
    expect(problemOf(broken).errors).toEqual([{ path: 'csv', message: 'CSV tidak terbaca pada baris 2.' }]);
    const badKind = await admin.post('/api/v1/holidays/import-csv', { year: 2027, csv: '2027-01-01,Tahun Baru,daerah' });
    expect(problemOf(badKind).errors?.[0]?.path).toBe('csv.holidays.0.kind');
  });
});
