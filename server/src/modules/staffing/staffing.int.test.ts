import { Approval, PublicReportReceipt, ServicePage, StaffingCheck, Ticket, TicketPage, type Service } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';
import { noticeStaffingGaps } from './index';

let t: TestApp;
let services: Service[];
const byName = (prefix: string) => first(services.filter((s) => s.name.startsWith(prefix)));
const Notices = z.object({ items: z.array(z.object({ code: z.string(), title: z.string(), body: z.string() })) });
const Users = z.object({
  items: z.array(z.object({ id: z.string(), email: z.string(), roles: z.array(z.object({ id: z.string(), role: z.string() })) })),
});

beforeAll(async () => {
  t = await startTestApp();
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
});
afterAll(() => t.close());

const publicReport = (serviceId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/public/reports',
    payload: {
      serviceId,
      title: 'Pengajuan KTP-el daring gagal',
      description: 'Setiap kali mengunggah berkas muncul galat dan pengajuan tidak tersimpan.',
      name: 'Slamet Riyadi',
      email: 'slamet@contoh.id',
    },
  });

/** The ticket of a public report, as the Pemda-wide Koordinator Service Desk reads it. */
async function ticketOf(number: string): Promise<Ticket> {
  const koordinator = await ApiClient.login(t.app, 'koordinator.sd@demo.sigap.id');
  const page = body(await koordinator.get(`/api/v1/tickets?scope=queue&status=all&q=${number}`), TicketPage);
  return body(await koordinator.get(`/api/v1/tickets/${first(page.items).id}`), Ticket);
}

describe('tickets nobody can move (issue 17, item 5)', () => {
  it('sends a public report for a PD desk with no agents to Tier 2 at Diskominfo, and says so on the timeline', async () => {
    const res = await publicReport(byName('Layanan Adminduk').id);
    expect(res.statusCode, res.body).toBe(201);
    const ticket = await ticketOf(body(res, PublicReportReceipt).number);
    expect(ticket).toMatchObject({ handlingPdName: 'Dinas Komunikasi dan Informatika', tier: 2 });
    expect(first(ticket.events.filter((e) => e.type === 'routed_fallback'))).toMatchObject({
      visibility: 'internal',
      data: { reason: 'desk', pdName: 'Dinas Kependudukan dan Pencatatan Sipil', tier: 1, to: 'tier2' },
    });
    // Tier 2 is told and has it in its queue.
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    expect(body(await tier2.get('/api/v1/notifications'), Notices).items.some((n) => n.title.includes(ticket.number))).toBe(true);
    expect((await tier2.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(200);
  });

  it('has Diskominfo’s officials decide a request whose providing PD has no approver, and names them on the ticket', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const simpeg = byName('SIMPEG');
    const requestType = first(simpeg.requestTypes.filter((r) => r.requiresApproval));
    const created = await asn.post('/api/v1/tickets', {
      kind: 'request',
      serviceId: simpeg.id,
      requestTypeId: requestType.id,
      title: 'Akun SIMPEG untuk pegawai baru',
      description: 'Mohon dibuatkan akun SIMPEG untuk pegawai yang baru dilantik.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = body(created, Ticket);
    expect(ticket.status).toBe('awaiting_approval');
    const [step] = z.array(Approval).parse((await asn.get(`/api/v1/records/${ticket.id}/approvals`)).json());
    expect(step).toMatchObject({ status: 'pending', scopePdName: 'Dinas Komunikasi dan Informatika' });
    expect(step?.deciders.map((d) => d.name).sort()).toEqual(['Drs. Bambang Sutrisno, M.Si.', 'Sri Wahyuni, S.Kom.']);

    const pimpinan = await ApiClient.login(t.app, 'pimpinan@demo.sigap.id');
    const seen = body(await pimpinan.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(seen.allowedActions).toContain('approve');
    const approved = await pimpinan.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'approve',
      body: 'Pegawai baru sudah dilantik.',
      version: seen.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(body(approved, Ticket).status).toBe('new');
  });

  it('lists the unstaffed desks and approval steps on the users page, with where their tickets go and how many wait', async () => {
    const koordinator = await ApiClient.login(t.app, 'koordinator.sd@demo.sigap.id');
    const check = body(await koordinator.get('/api/v1/staffing-check'), StaffingCheck);
    const gap = (kind: string, pd: string) => check.gaps.find((g) => g.kind === kind && g.perangkatDaerahName === pd);
    expect(gap('desk', 'Dinas Kependudukan dan Pencatatan Sipil')).toMatchObject({
      tier: 1,
      services: ['Layanan Adminduk Daring'],
      fallback: 'tier2',
    });
    expect(gap('approval', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia')).toMatchObject({ fallback: 'diskominfo', tier: null });
    // Staffed: Diskominfo's Tier 2 and approvers, Dinkes' Tier 1.
    expect(gap('desk', 'Dinas Komunikasi dan Informatika')).toBeUndefined();
    expect(gap('approval', 'Dinas Komunikasi dan Informatika')).toBeUndefined();
    expect(gap('desk', 'Dinas Kesehatan')).toBeUndefined();
    // Without the permission: refused.
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    expect((await tier1.get('/api/v1/staffing-check')).statusCode).toBe(403);
  });

  it('tells the Pemda’s administrators every morning, through the job', async () => {
    const { id, time_zone: timeZone } = await t.handle.db.selectFrom('pemda').select(['id', 'time_zone']).executeTakeFirstOrThrow();
    const counts = await noticeStaffingGaps(t.handle.db, { id, timeZone }, new Date());
    expect(counts.gaps).toBeGreaterThan(0);
    expect(counts.told).toBe(1);
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const notice = first(body(await admin.get('/api/v1/notifications'), Notices).items.filter((n) => n.code === 'staffing.gaps'));
    expect(notice.title).toMatch(/^Pemeriksaan petugas layanan: \d+ Service Desk dan \d+ langkah persetujuan tanpa petugas$/);
    expect(notice.body).toContain('Dinas Kependudukan dan Pencatatan Sipil');
  });

  it('with Tier 2 empty too, leaves the ticket at Tier 2 and tells the Koordinator Service Desk to take it', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const users = body(await admin.get('/api/v1/users?pageSize=100'), Users);
    const tier2 = first(users.items.filter((u) => u.email === 'tier2@demo.sigap.id'));
    const adminLayanan = first(users.items.filter((u) => u.email === 'admin.layanan@demo.sigap.id'));
    for (const u of [tier2, adminLayanan])
      for (const r of u.roles) expect((await admin.delete(`/api/v1/users/${u.id}/roles/${r.id}`)).statusCode).toBe(200);

    const res = await publicReport(byName('Layanan Adminduk').id);
    expect(res.statusCode, res.body).toBe(201);
    const ticket = await ticketOf(body(res, PublicReportReceipt).number);
    expect(ticket).toMatchObject({ handlingPdName: 'Dinas Komunikasi dan Informatika', tier: 2 });
    expect(first(ticket.events.filter((e) => e.type === 'routed_fallback')).data).toMatchObject({ to: 'koordinator' });
    const koordinator = await ApiClient.login(t.app, 'koordinator.sd@demo.sigap.id');
    const notice = first(
      body(await koordinator.get('/api/v1/notifications'), Notices).items.filter((n) => n.code === 'ticket.no_one_to_act'),
    );
    expect(notice.title).toBe(`${ticket.number}: tidak ada petugas layanan — mohon ditangani`);
    // The check says Tier 2 itself is empty, its tickets go to the Koordinator, and counts them.
    const check = body(await koordinator.get('/api/v1/staffing-check'), StaffingCheck);
    const tier2Desk = check.gaps.find((g) => g.kind === 'desk' && g.tier === 2);
    expect(tier2Desk).toMatchObject({ perangkatDaerahName: 'Dinas Komunikasi dan Informatika', fallback: 'koordinator' });
    // This report and the first test's wait there, unassigned.
    expect(tier2Desk?.waitingTickets).toBeGreaterThanOrEqual(2);
  });
});
