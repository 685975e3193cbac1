import { ServiceDeskPolicyDto, ServicePage, Ticket, type Service } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let services: Service[];
const byName = (prefix: string) => first(services.filter((s) => s.name.startsWith(prefix)));

/** What these tests read of a recording's answer: the receipt. */
const Receipt = z.object({
  id: z.string(),
  number: z.string(),
  handlingPdName: z.string(),
  tier: z.number(),
  canOpen: z.boolean(),
  trackingCode: z.string().nullable(),
});

beforeAll(async () => {
  t = await startTestApp();
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
});
afterAll(() => t.close());

const phoneReport = (serviceId: string, reporter: Record<string, unknown> = { name: 'Bu Warsini', phone: '0812-1111-2222' }) => ({
  kind: 'incident',
  serviceId,
  channel: 'phone',
  title: 'Aplikasi tidak dapat dibuka',
  description: 'Pelapor menelepon: halaman aplikasi menampilkan galat sejak pagi.',
  contactPreference: 'phone',
  reporter,
});

/** A created ticket's number (whatever else the answer holds). */
const Numbered = z.object({ number: z.string() });

const numberOf = (n: string) => Number(n.slice(-6));

describe('recording a phone or letter report (issue 17, item 1)', () => {
  it('succeeds for a caller with no PD on a Diskominfo service, and the recorder gets a receipt for a desk it cannot open', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const res = await tier1.post('/api/v1/tickets/record', phoneReport(byName('Surat Elektronik Dinas').id));
    expect(res.statusCode, res.body).toBe(201);
    const receipt = body(res, Receipt);
    expect(receipt).toMatchObject({ handlingPdName: 'Dinas Komunikasi dan Informatika', tier: 2, canOpen: false });
    expect(receipt.number).toMatch(/^INC-\d{4}-\d{6}$/);
    // The caller has no account: the code the agent reads out to them.
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{10}$/);
    // Tier 2 has it in its queue.
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    expect((await tier2.get(`/api/v1/tickets/${receipt.id}`)).statusCode).toBe(200);
    expect((await tier1.get(`/api/v1/tickets/${receipt.id}`)).statusCode).toBe(404);
  });

  it('succeeds for a caller from the recorder’s own PD on another PD’s service: the recorder’s desk takes it and may open it', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const pds = body(
      await admin.get('/api/v1/perangkat-daerah?pageSize=100'),
      z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
    );
    const dinkes = first(pds.items.filter((p) => p.name === 'Dinas Kesehatan'));
    const res = await tier1.post(
      '/api/v1/tickets/record',
      phoneReport(byName('Layanan Adminduk').id, { name: 'Perawat Puskesmas', perangkatDaerahId: dinkes.id }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const receipt = body(res, Receipt);
    expect(receipt).toMatchObject({ handlingPdName: 'Dinas Kesehatan', tier: 1, canOpen: true });
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{10}$/);
  });

  it('leaves no gap in the numbers when creations fail, concurrently and on a replayed Idempotency-Key', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const simpus = byName('Pendaftaran Online Puskesmas').id;
    const before = body(await tier1.post('/api/v1/tickets/record', phoneReport(simpus)), Numbered);
    // Every other one fails after passing the contract: the caller's account does not exist.
    const attempts = Array.from({ length: 12 }, (_, i) =>
      phoneReport(simpus, i % 2 === 0 ? { name: 'Bu Warsini' } : { name: 'Bu Warsini', userId: '0190a0b0-0000-7000-8000-000000000000' }),
    );
    const answers = await Promise.all(attempts.map((a) => tier1.post('/api/v1/tickets/record', a)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([...Array<number>(6).fill(201), ...Array<number>(6).fill(400)]);
    // A retry of a created ticket with the same key takes no number either.
    const key = { 'idempotency-key': 'retry-of-one-call-0001' };
    const once = body(await tier1.post('/api/v1/tickets/record', phoneReport(simpus), key), Numbered);
    const replay = await tier1.post('/api/v1/tickets/record', phoneReport(simpus), key);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(body(replay, Numbered).number).toBe(once.number);
    const after = body(await tier1.post('/api/v1/tickets/record', phoneReport(simpus)), Numbered);

    const created = answers.filter((r) => r.statusCode === 201).map((r) => numberOf(body(r, Numbered).number));
    const taken = [numberOf(before.number), ...created, numberOf(once.number), numberOf(after.number)].sort((a, b) => a - b);
    expect(taken).toEqual(Array.from({ length: taken.length }, (_, i) => numberOf(before.number) + i));
  });
});

describe('report time of a recorded report (issue 17, item 8)', () => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 60 * 60_000).toISOString();
  const letter = (extra: Record<string, unknown>) => ({
    ...phoneReport(byName('Pendaftaran Online Puskesmas').id),
    channel: 'letter',
    ...extra,
  });

  it('runs the clocks from the time the agent set, with the reason on the timeline and in the audit trail', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const reportedAt = hoursAgo(26);
    const reason = 'Surat diterima kemarin sore, baru dicatat pagi ini.';
    const res = await tier1.post('/api/v1/tickets/record', letter({ reportedAt, reportedAtReason: reason }));
    expect(res.statusCode, res.body).toBe(201);
    const receipt = body(res, Receipt);
    const ticket = body(await tier1.get(`/api/v1/tickets/${receipt.id}`), Ticket);
    expect(ticket.reportedAt).toBe(reportedAt);
    expect(Date.parse(ticket.recordedAt)).toBeGreaterThan(Date.parse(reportedAt) + 25 * 60 * 60_000);
    // SIMPUS runs 24×7: a Minor disruption is P3, a 60-minute response target, counted from the letter.
    expect(ticket.priority).toBe('P3');
    expect(Date.parse(ticket.responseDueAt) - Date.parse(reportedAt)).toBe(60 * 60_000);
    const entry = first(ticket.events.filter((e) => e.type === 'reported_at_set'));
    expect(entry).toMatchObject({ body: reason, visibility: 'public', data: { reportedAt } });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'ticket.create')
      .where('entity_id', '=', receipt.id)
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ reportedAt, backdateReason: reason });
  });

  it('refuses a time in the future, further back than the Pemda allows, or without a reason, on the field', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const refused = async (extra: Record<string, unknown>) => {
      const res = await tier1.post('/api/v1/tickets/record', letter(extra));
      expect(res.statusCode, res.body).toBe(400);
      return problemOf(res).errors?.map((e) => e.path);
    };
    const reason = 'Telepon diterima saat sistem tidak dapat diakses.';
    expect(await refused({ reportedAt: hoursAgo(-1), reportedAtReason: reason })).toEqual(['reportedAt']);
    expect(await refused({ reportedAt: hoursAgo(8 * 24), reportedAtReason: reason })).toEqual(['reportedAt']);
    expect(await refused({ reportedAt: hoursAgo(2) })).toEqual(['body.reportedAtReason']);
    expect(await refused({ reportedAt: 'kemarin', reportedAtReason: reason })).toEqual(['body.reportedAt']);
  });

  it('takes the limit from the Pemda’s policy', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const stored = body(await admin.get('/api/v1/service-desk/policy'), ServiceDeskPolicyDto);
    expect(stored.policy.reportBackdateDays).toBe(7);
    const saved = await admin.put('/api/v1/service-desk/policy', {
      policy: { ...stored.policy, reportBackdateDays: 10 },
      version: stored.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const res = await tier1.post(
      '/api/v1/tickets/record',
      letter({ reportedAt: hoursAgo(9 * 24), reportedAtReason: 'Surat terselip di bagian umum.' }),
    );
    expect(res.statusCode, res.body).toBe(201);
  });
});
