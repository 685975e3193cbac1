import {
  AuditVerification,
  PublicReportReceipt,
  PublicTicket,
  ServicePage,
  Ticket,
  TicketPage,
  TicketRecordReceipt,
  type Service,
} from '@sigap/core';
import { sql } from 'kysely';
import { allocateNumber } from '../../platform/records/numbers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let services: Service[];
const byName = (prefix: string) => first(services.filter((s) => s.name.startsWith(prefix)));

/** What these tests read of the notification list and of the desk's agents. */
const Notifications = z.object({ items: z.array(z.object({ title: z.string() })) });
const Agents = z.array(z.object({ id: z.string(), name: z.string() }));

beforeAll(async () => {
  t = await startTestApp();
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
});
afterAll(() => t.close());

const publicPost = (url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, payload });
const publicGet = (url: string) => t.app.inject({ method: 'GET', url });

describe('journey (a): a public user reports a Mayor disruption of a Kritis public service', () => {
  it('goes P1 → Tier 1 → Tier 2 → resolved → tidak puas → resolved → puas → closed, all on the timeline', async () => {
    const simpus = byName('Pendaftaran Online Puskesmas');
    const receipt = await publicPost('/api/v1/public/reports', {
      serviceId: simpus.id,
      title: 'Pendaftaran online puskesmas tidak bisa diakses',
      description: 'Sejak pagi halaman pendaftaran menampilkan galat 502 dan antrean tidak bisa diambil.',
      impact: 'mayor',
      urgency: 1,
      name: 'Sutinah',
      email: 'sutinah@contoh.id',
    });
    expect(receipt.statusCode).toBe(201);
    const { number, trackingCode } = body(receipt, PublicReportReceipt);
    expect(number).toMatch(/^INC-\d{4}-\d{6}$/);

    // Tier 1 at the providing PD (Dinas Kesehatan) sees it first: P1, 15-minute response on a 24×7 service.
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const queue = body(await tier1.get('/api/v1/tickets?scope=queue'), TicketPage);
    const summary = first(queue.items.filter((x) => x.number === number));
    expect(summary).toMatchObject({ priority: 'P1', tier: 1, status: 'new', handlingPdName: 'Dinas Kesehatan' });
    expect(new Date(summary.responseDueAt).getTime() - new Date(summary.reportedAt).getTime()).toBe(15 * 60_000);
    let ticket = body(await tier1.get(`/api/v1/tickets/${summary.id}`), Ticket);
    expect(ticket.priorityReason).toEqual({ impact: 'mayor', serviceType: 'publik', classification: 'kritis', priority: 'P1' });
    expect(ticket.reporter.email).toBe('sutinah@contoh.id');
    expect(first(body(await tier1.get('/api/v1/notifications'), Notifications).items).title).toContain(number);

    const act = async (client: ApiClient, action: Record<string, unknown>) => {
      const res = await client.post(`/api/v1/tickets/${ticket.id}/actions`, { ...action, version: ticket.version });
      expect(res.statusCode, res.body).toBe(200);
      ticket = body(res, Ticket);
      return ticket;
    };
    await act(tier1, { action: 'take' });
    expect(ticket.firstResponseAt).not.toBeNull();
    expect(ticket.status).toBe('in_progress');
    await act(tier1, { action: 'escalate_tier', body: 'Server aplikasi di pusat data, perlu Tier 2.' });
    expect(ticket).toMatchObject({ tier: 2, handlingPdName: 'Dinas Komunikasi dan Informatika', assigneeId: null });

    // Tier 1 keeps sight of it but no longer handles it, so the reporter's contact is hidden from them.
    const seenByTier1 = body(await tier1.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(seenByTier1.reporter.email).toBeNull();
    expect(seenByTier1.allowedActions).toEqual(['comment']);

    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(ticket.reporter.email).toBe('sutinah@contoh.id');
    await act(tier2, { action: 'take' });
    await act(tier2, { action: 'resolve', body: 'Layanan web dimulai ulang dan kapasitas memori ditambah.', cause: 'Memori server habis' });
    expect(ticket.status).toBe('resolved');

    // The reporter answers with the tracking code: not satisfied → back to handling.
    let tracked = body(await publicGet(`/api/v1/public/tickets/${trackingCode}`), PublicTicket);
    expect(tracked.allowedActions).toContain('confirm');
    const notSatisfied = await publicPost(`/api/v1/public/tickets/${trackingCode}/actions`, {
      action: 'confirm',
      satisfaction: 'tidak_puas',
      rating: 2,
      feedback: 'Masih lambat sekali.',
      version: tracked.version,
    });
    expect(body(notSatisfied, PublicTicket).status).toBe('in_progress');

    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    await act(tier2, { action: 'resolve', body: 'Basis data dioptimalkan; waktu muat kini di bawah 2 detik.' });
    tracked = body(await publicGet(`/api/v1/public/tickets/${trackingCode}`), PublicTicket);
    const satisfied = await publicPost(`/api/v1/public/tickets/${trackingCode}/actions`, {
      action: 'confirm',
      satisfaction: 'puas',
      rating: 5,
      feedback: 'Terima kasih.',
      version: tracked.version,
    });
    expect(body(satisfied, PublicTicket)).toMatchObject({ status: 'closed', satisfaction: 'puas' });

    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(ticket.closedAt).not.toBeNull();
    expect(ticket.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['created', 'first_response', 'escalated_tier', 'resolved', 'confirmed', 'reopened', 'closed']),
    );
    const publicEvents = body(satisfied, PublicTicket).events.map((e) => e.type);
    expect(publicEvents).not.toContain('taken');
  });
});

describe('journey (b): an ASN requests a service from the catalog', () => {
  it('awaits the service owner’s approval, is fulfilled by Tier 2, and is confirmed', async () => {
    const email = byName('Surat Elektronik');
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const created = await asn.post(
      '/api/v1/tickets',
      {
        kind: 'request',
        serviceId: email.id,
        requestTypeId: first(email.requestTypes.filter((r) => r.name.startsWith('Pembuatan'))).id,
        title: 'Akun e-mail untuk staf baru',
        description: 'Mohon dibuatkan akun e-mail dinas untuk staf baru bagian umum.',
      },
      { 'idempotency-key': 'req-email-0001' },
    );
    expect(created.statusCode).toBe(201);
    let ticket = body(created, Ticket);
    expect(ticket).toMatchObject({ kind: 'request', status: 'awaiting_approval', approval: 'pending', tier: 2, priority: 'P5' });
    expect(ticket.fulfilmentDueAt).not.toBeNull();
    expect(ticket.allowedActions).toEqual(['comment']);

    const owner = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    const approved = await owner.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'approve',
      body: 'Disetujui.',
      version: ticket.version,
    });
    expect(body(approved, Ticket)).toMatchObject({ approval: 'approved', status: 'new' });

    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    ticket = body(await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version }), Ticket);
    ticket = body(
      await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'resolve',
        body: 'Akun staf.umum@kotacontoh.go.id telah dibuat.',
        version: ticket.version,
      }),
      Ticket,
    );
    expect(ticket.status).toBe('resolved');

    const mine = body(await asn.get('/api/v1/tickets?scope=reported&status=resolved'), TicketPage);
    expect(mine.items.map((x) => x.id)).toContain(ticket.id);
    ticket = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(ticket.allowedActions).toEqual(['comment', 'confirm']);
    const confirmed = await asn.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'confirm',
      satisfaction: 'puas',
      rating: 4,
      version: ticket.version,
    });
    expect(body(confirmed, Ticket)).toMatchObject({ status: 'closed', satisfaction: 'puas', rating: 4 });
  });
});

describe('ticket rules at the API', () => {
  async function newIncident(client: ApiClient, title = 'Jaringan internet kantor terputus') {
    const res = await client.post('/api/v1/tickets', {
      kind: 'incident',
      serviceId: byName('Jaringan Intra').id,
      title,
      description: 'Seluruh ruangan lantai dua tidak bisa mengakses internet sejak pukul 09.00.',
      impact: 'mayor',
      urgency: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    return body(res, Ticket);
  }

  it('refuses a stale version and an action the viewer may not take', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = await newIncident(asn);
    expect(ticket.priority).toBe('P2');
    expect(problemOf(await asn.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version })).code).toBe(
      'ticket.action_not_allowed',
    );
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version });
    const stale = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'vendor',
      body: 'Rekanan dihubungi',
      version: ticket.version,
    });
    expect(problemOf(stale).code).toBe('conflict.version');
  });

  it('appends a comment typed while someone else changed the ticket: comments never conflict', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = await newIncident(asn);
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version });
    const late = await asn.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'comment',
      body: 'Masih mati pagi ini',
      version: ticket.version,
    });
    expect(late.statusCode).toBe(200);
    expect(body(late, Ticket).events.at(-1)).toMatchObject({ type: 'comment', body: 'Masih mati pagi ini' });
    // The record platform's comment route needs no version at all.
    const note = await tier2.post(`/api/v1/records/${ticket.id}/comments`, { body: 'Cek kabel uplink', visibility: 'internal' });
    expect(note.statusCode).toBe(204);
    const seen = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(seen.events.map((e) => e.body)).not.toContain('Cek kabel uplink');
  });

  it('hides a ticket from users who neither reported nor handle it', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = await newIncident(asn);
    const other = await ApiClient.login(t.app, 'komite@demo.sigap.id');
    expect((await other.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/v1/tickets?scope=queue')).statusCode).toBe(403);
  });

  it('re-prioritises with a recorded reason and recalculates due times', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = await newIncident(asn);
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const res = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'reprioritise',
      impact: 'minor',
      urgency: 3,
      priority: 'P1',
      body: 'Kantor wali kota terdampak.',
      version: ticket.version,
    });
    const after = body(res, Ticket);
    expect(after).toMatchObject({ priority: 'P1', impact: 'minor', priorityOverrideReason: 'Kantor wali kota terdampak.' });
    expect(after.priorityReason.priority).toBe('P4');
    expect(after.responseDueAt).not.toBe(ticket.responseDueAt);
  });

  it('pauses the clock while waiting on the user, and the reporter’s reply resumes it', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    let ticket = await newIncident(asn);
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    ticket = body(
      await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'wait_user',
        body: 'Mohon kirim foto perangkat jaringan di ruangan Anda.',
        version: ticket.version,
      }),
      Ticket,
    );
    expect(ticket).toMatchObject({ status: 'waiting_user' });
    expect(ticket.pausedSince).not.toBeNull();
    ticket = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    ticket = body(
      await asn.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'comment',
        body: 'Foto sudah saya lampirkan.',
        version: ticket.version,
      }),
      Ticket,
    );
    expect(ticket).toMatchObject({ status: 'in_progress', pausedSince: null });
  });

  it('lets an agent record a phone report for a citizen, who gets a tracking code', async () => {
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const res = await tier1.post('/api/v1/tickets/record', {
      kind: 'incident',
      serviceId: byName('Pendaftaran Online Puskesmas').id,
      channel: 'phone',
      title: 'Nomor antrean tidak terkirim lewat SMS',
      description: 'Pelapor menelepon: nomor antrean tidak pernah diterima.',
      impact: 'minor',
      urgency: 3,
      contactPreference: 'phone',
      reporter: { name: 'Pak Darmo', phone: '0812-9999-0000' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = body(res, TicketRecordReceipt);
    expect(receipt).toMatchObject({ handlingPdName: 'Dinas Kesehatan', canOpen: true });
    expect(receipt.trackingCode).toMatch(/^[0-9A-Z]{10}$/);
    const ticket = body(await tier1.get(`/api/v1/tickets/${receipt.id}`), Ticket);
    expect(ticket).toMatchObject({ channel: 'phone', reporter: { name: 'Pak Darmo', phone: '0812-9999-0000' }, priority: 'P3' });
  });

  it('finds tickets by Indonesian full-text search and by number', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = await newIncident(asn, 'Jaringan wifi ruang rapat terputus-putus');
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const byWord = body(await tier2.get(`/api/v1/tickets?q=${encodeURIComponent('jaringan terputus')}`), TicketPage);
    expect(byWord.items.map((x) => x.id)).toContain(ticket.id);
    const byNumber = body(await tier2.get(`/api/v1/tickets?q=${ticket.number}`), TicketPage);
    expect(byNumber.items.map((x) => x.id)).toEqual([ticket.id]);
  });

  it('searches newest first across months, pages exactly, and ignores stop words alone', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const recent = await newIncident(asn, 'Kompor induksi dapur umum mati');
    const older = await newIncident(asn, 'Kompor dapur lantai tiga mati');
    const oldest = await newIncident(asn, 'Kompor ruang pantry mati');
    // Backdate two of them beyond the first search windows (2 and 6 months).
    await sql`UPDATE ticket SET reported_at = now() - interval '150 days' WHERE id = ${older.id}`.execute(t.handle.db);
    await sql`UPDATE ticket SET reported_at = now() - interval '600 days' WHERE id = ${oldest.id}`.execute(t.handle.db);
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const search = (query: string) => tier2.get(`/api/v1/tickets?scope=queue&status=all&${query}`).then((r) => body(r, TicketPage));
    const all = await search('q=kompor&pageSize=10');
    expect(all.items.map((x) => x.id)).toEqual([recent.id, older.id, oldest.id]);
    expect(all.totalCapped).toBe(false);
    const firstPage = await search('q=kompor&pageSize=1&page=1');
    expect(firstPage).toMatchObject({ total: 2, totalCapped: true });
    expect(first(firstPage.items).id).toBe(recent.id);
    const second = await search('q=kompor&pageSize=1&page=2');
    expect(first(second.items).id).toBe(older.id);
    const last = await search('q=kompor&pageSize=1&page=3');
    expect(last).toMatchObject({ total: 3, totalCapped: false });
    expect(first(last.items).id).toBe(oldest.id);
    expect((await search('q=yang%20dan')).items).toEqual([]);
    // Another desk does not find them.
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    expect(body(await tier1.get('/api/v1/tickets?scope=queue&status=all&q=kompor'), TicketPage).items).toEqual([]);
  });

  it('filters the queue by assignee from the desk’s agents', async () => {
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const agents = body(await tier2.get('/api/v1/tickets/agents'), Agents);
    const me = first(agents.filter((x) => x.name === 'Fajar Ramadhan, S.Kom.'));
    const mine = body(await tier2.get(`/api/v1/tickets?scope=queue&assigneeId=${me.id}&pageSize=100`), TicketPage);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((x) => x.assigneeId === me.id)).toBe(true);
  });

  it('filters lists by any set of filters, each one a statement of its own shape', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    for (const [impact, urgency] of [
      ['mayor', 1],
      ['mayor', 3],
      ['minor', 2],
      ['minor', 3],
      ['mayor', 2],
    ] as const) {
      const res = await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: byName('Jaringan Intra').id,
        title: `Gangguan jaringan ${impact} ${urgency}`,
        description: 'Koneksi ke aplikasi kepegawaian terputus berulang kali.',
        impact,
        urgency,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    type Row = { id: string; kind: string; priority: string; tier: number; supportLine: string; status: string; handlingPdId: string };
    const ids = (rows: Row[]) => rows.map((r) => r.id);
    for (const status of ['open', 'all']) {
      const list = await tier2.get(`/api/v1/tickets?scope=queue&status=${status}&pageSize=100`);
      expect(list.statusCode, list.body).toBe(200);
      const all: Row[] = body(list, TicketPage).items;
      expect(all.length).toBeGreaterThan(3);
      const sample = first(all.slice(-1));
      const combos: Partial<Record<keyof Row, string | number>>[] = [
        { priority: sample.priority },
        { kind: sample.kind },
        { tier: sample.tier, supportLine: sample.supportLine },
        { kind: sample.kind, priority: sample.priority, tier: sample.tier, supportLine: sample.supportLine },
        { handlingPdId: sample.handlingPdId, priority: sample.priority },
        ...(status === 'all' ? [{ status: sample.status }, { status: sample.status, kind: sample.kind }] : []),
      ];
      for (const combo of combos) {
        const params = Object.entries(combo)
          .filter(([k]) => k !== 'status')
          .map(([k, v]) => `${k === 'handlingPdId' ? 'perangkatDaerahId' : k}=${v}`);
        const expected = all.filter((r) => {
          const fields = new Map<string, unknown>(Object.entries(r));
          return Object.entries(combo).every(([k, v]) => fields.get(k) === v);
        });
        const res = await tier2.get(
          `/api/v1/tickets?scope=queue&status=${status === 'all' && combo.status ? combo.status : status}&pageSize=100&${params.join('&')}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        const page = body(res, TicketPage);
        expect(ids(page.items), JSON.stringify(combo)).toEqual(ids(expected));
        expect(page.total).toBe(expected.length);
      }
    }
  });

  it('sorts the queue by due time and paginates', async () => {
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const page = body(await tier2.get('/api/v1/tickets?scope=queue&pageSize=3'), TicketPage);
    const dues = page.items.map((x) => x.resolutionDueAt);
    expect(dues).toEqual([...dues].sort());
    expect(page.total).toBeGreaterThan(3);
  });

  it('writes nothing half-way: the audit chain stays intact', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    expect(body(await admin.get('/api/v1/audit/verify'), AuditVerification).intact).toBe(true);
    const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'ticket.%'`.execute(t.handle.db);
    expect(first(row.rows).n).toBeGreaterThan(10);
  });
});

describe('ticket numbers', () => {
  it('count up per Pemda, kind and year, in the creating transaction (a rollback gives the number back)', async () => {
    const { pemda_id: pemdaId } = await t.handle.db.selectFrom('service').select('pemda_id').executeTakeFirstOrThrow();
    const in2031 = new Date('2031-06-01T00:00:00Z');
    const take = (series: 'request' | 'incident') =>
      t.handle.db.transaction().execute(async (trx) => (await allocateNumber(trx, pemdaId, series, in2031)).number);
    const failed = t.handle.db.transaction().execute(async (trx) => {
      await allocateNumber(trx, pemdaId, 'request', in2031);
      throw new Error('the creation failed after taking its number');
    });
    await expect(failed).rejects.toThrow(/creation failed/);
    expect([await take('request'), await take('request'), await take('incident')]).toEqual([
      'REQ-2031-000001',
      'REQ-2031-000002',
      'INC-2031-000001',
    ]);
    // Outside a transaction the number would commit on its own: refused.
    await expect(allocateNumber(t.handle.db, pemdaId, 'request')).rejects.toThrow(/creating transaction/);
  });
});
