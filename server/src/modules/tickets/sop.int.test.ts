import { PublicReportReceipt, PublicTicket, ServicePage, Ticket, TicketPage, type Service } from '@sigap/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let services: Service[];
let asn: ApiClient;
let tier2: ApiClient;
let admin: ApiClient;
const byName = (prefix: string) => first(services.filter((s) => s.name.startsWith(prefix)));

beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
  services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
});
afterAll(() => t.close());

async function open(kind: 'incident' | 'operation', title: string): Promise<Ticket> {
  const res = await asn.post('/api/v1/tickets', {
    kind,
    serviceId: byName('Pusat Data').id,
    title,
    description: 'Mohon pemeliharaan server VPS aplikasi kepegawaian pada akhir pekan ini.',
    impact: 'minor',
    urgency: 3,
  });
  expect(res.statusCode, res.body).toBe(201);
  return body(res, Ticket);
}

async function act(client: ApiClient, ticket: Ticket, action: Record<string, unknown>): Promise<Ticket> {
  const res = await client.post(`/api/v1/tickets/${ticket.id}/actions`, { ...action, version: ticket.version });
  expect(res.statusCode, res.body).toBe(200);
  return body(res, Ticket);
}

const steps = (ticket: Ticket) => ticket.sop.steps.map((s) => `${s.step}:${s.state}`);

describe('operation requests (Bantul SOP B)', () => {
  it('take their own number series and follow B.1–B.5, with a work order (SPMK) for a vendor', async () => {
    let ticket = await open('operation', 'Pemeliharaan server VPS kepegawaian');
    expect(ticket.number).toMatch(/^OPR-\d{4}-\d{6}$/);
    expect(ticket.kind).toBe('operation');
    expect(ticket.sop).toMatchObject({ flow: 'B', current: 'B.2', ended: null, plan: null });

    // Diskominfo's own service: its Tier 2 handles it, and sees it in the queue filtered by kind.
    const queue = await tier2.get('/api/v1/tickets?scope=queue&kind=operation');
    expect(queue.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toContain(ticket.number);
    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    expect(ticket.allowedActions).toContain('plan_work');

    ticket = await act(tier2, ticket, { action: 'take' });
    expect(ticket.sop.current).toBe('B.3');

    // A vendor needs a name.
    const unnamed = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'plan_work',
      plan: 'Ganti cakram RAID.',
      executor: 'vendor',
      deliveryDays: 3,
      version: ticket.version,
    });
    expect(unnamed.statusCode).toBe(400);
    expect(problemOf(unnamed)).toMatchObject({ code: 'validation.failed', errors: [{ path: 'executorName' }] });
    const tooLong = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'plan_work',
      plan: 'Ganti cakram RAID.',
      executor: 'internal',
      deliveryDays: 15,
      version: ticket.version,
    });
    expect(tooLong.statusCode).toBe(400);

    ticket = await act(tier2, ticket, {
      action: 'plan_work',
      plan: 'Ganti cakram RAID pada host 2, lalu perbarui kernel pada jam sepi.',
      executor: 'vendor',
      executorName: 'CV Data Nusantara',
      deliveryDays: 3,
    });
    expect(ticket.sop.current).toBe('B.4');
    const plan = ticket.sop.plan;
    expect(plan).toMatchObject({ executor: 'vendor', executorName: 'CV Data Nusantara', deliveryDays: 3 });
    expect(plan?.workOrderNumber).toBe(`SPMK/${ticket.number}/1`);
    const file = first(ticket.attachments.filter((a) => a.id === plan?.attachmentId));
    expect(file).toMatchObject({ filename: `SPMK-${ticket.number}-1.pdf`, contentType: 'application/pdf' });
    const entry = first(ticket.events.filter((e) => e.type === 'work_planned'));
    expect(entry.body).toContain('Ganti cakram RAID');

    // The work order downloads as a PDF that names itself and the ticket.
    const download = await tier2.get(`/api/v1/records/${ticket.id}/attachments/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const pdf = await PDFDocument.load(download.rawPayload);
    expect(pdf.getTitle()).toBe(`Surat Perintah Melaksanakan Pekerjaan SPMK/${ticket.number}/1`);
    expect(pdf.getSubject()).toContain(ticket.number);

    // Delivery is measured against the plan's three working days.
    const deliver = first(ticket.sop.steps.filter((s) => s.step === 'B.4'));
    expect(deliver.state).toBe('current');
    expect(deliver.dueAt).not.toBeNull();

    // A second plan issues the ticket's second work order.
    ticket = await act(tier2, ticket, {
      action: 'plan_work',
      plan: 'Tambah pemeriksaan cadangan sebelum penggantian.',
      executor: 'technical_team',
      executorName: 'Tim Teknis Pusat Data',
      deliveryDays: 5,
    });
    expect(ticket.sop.plan?.workOrderNumber).toBe(`SPMK/${ticket.number}/2`);
    expect(ticket.attachments.filter((a) => a.contentType === 'application/pdf')).toHaveLength(2);

    ticket = await act(tier2, ticket, { action: 'resolve', body: 'Cakram diganti dan kernel diperbarui.' });
    expect(ticket.sop.current).toBe('B.5');
    let mine = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    // The reporter sees the steps, not who was engaged.
    expect(mine.sop.plan).toMatchObject({ executorName: null, workOrderNumber: `SPMK/${ticket.number}/2` });
    mine = await act(asn, mine, { action: 'confirm', satisfaction: 'puas', rating: 5 });
    expect(mine.sop).toMatchObject({ current: null, ended: 'closed' });
    expect(steps(mine)).toEqual(['B.1:done', 'B.2:done', 'B.3:done', 'B.4:done', 'B.5:done']);
  });

  it('refuses a work plan from someone who does not handle the ticket', async () => {
    const ticket = await open('operation', 'Pemeliharaan jaringan gedung B');
    const res = await asn.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'plan_work',
      plan: 'Saya rencanakan sendiri.',
      executor: 'internal',
      deliveryDays: 1,
      version: ticket.version,
    });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res).code).toBe('ticket.action_not_allowed');
  });
});

describe('SOP steps of incidents (Bantul SOP A)', () => {
  it('skip A.3 when resolved without a plan, return to A.4 on tidak puas, and end with A.6 on puas', async () => {
    let ticket = await open('incident', 'VPS kepegawaian lambat diakses');
    expect(ticket.sop.flow).toBe('A');
    expect(steps(ticket)).toEqual(['A.1:done', 'A.2:current', 'A.3:upcoming', 'A.4:upcoming', 'A.5:upcoming', 'A.6:upcoming']);
    ticket = await act(tier2, ticket, { action: 'take' });
    ticket = await act(tier2, ticket, { action: 'resolve', body: 'Memori VPS ditambah.' });
    expect(steps(ticket)).toEqual(['A.1:done', 'A.2:done', 'A.3:skipped', 'A.4:done', 'A.5:current', 'A.6:upcoming']);
    let mine = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    mine = await act(asn, mine, { action: 'confirm', satisfaction: 'tidak_puas', rating: 2, feedback: 'Masih lambat.' });
    expect(mine.sop.current).toBe('A.4');
    ticket = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    ticket = await act(tier2, ticket, { action: 'resolve', body: 'Cakram diganti SSD.' });
    mine = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    mine = await act(asn, mine, { action: 'confirm', satisfaction: 'puas', rating: 5 });
    expect(mine.sop.ended).toBe('closed');
    expect(first(mine.sop.steps.filter((s) => s.step === 'A.4')).rounds).toBe(2);
    expect(first(mine.sop.steps.filter((s) => s.step === 'A.6')).state).toBe('done');
  });
});

describe('SOP steps on the public tracking page', () => {
  it('show the step and the work order being done, but neither who does it nor the document', async () => {
    const report = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: {
        serviceId: byName('Pendaftaran Online Puskesmas').id,
        title: 'Antrean daring puskesmas macet',
        description: 'Nomor antrean tidak bertambah sejak pukul delapan pagi.',
        name: 'Warsini',
        email: 'warsini@contoh.id',
      },
    });
    const { number, trackingCode } = body(report, PublicReportReceipt);
    const track = async () => body(await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${trackingCode}` }), PublicTicket);
    expect((await track()).sop).toMatchObject({ flow: 'A', current: 'A.2', plan: null });

    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const summary = first(body(await tier1.get(`/api/v1/tickets?scope=queue&q=${number}`), TicketPage).items);
    let ticket = body(await tier1.get(`/api/v1/tickets/${summary.id}`), Ticket);
    ticket = await act(tier1, ticket, { action: 'take' });
    ticket = await act(tier1, ticket, {
      action: 'plan_work',
      plan: 'Tim teknis memeriksa server antrean dan basis datanya.',
      executor: 'technical_team',
      executorName: 'Tim Teknis SIMPUS',
      deliveryDays: 1,
    });
    expect(ticket.sop.plan?.workOrderNumber).toBe(`SPMK/${number}/1`);
    const tracked = await track();
    expect(tracked.sop.current).toBe('A.4');
    expect(tracked.sop.plan).toEqual({
      executor: 'technical_team',
      executorName: null,
      deliveryDays: 1,
      workOrderNumber: null,
      attachmentId: null,
    });
    // The internal "taken" entry stays hidden, though the step it ended is shown as done.
    expect(tracked.events.map((e) => e.type)).not.toContain('taken');
    expect(first(tracked.sop.steps.filter((s) => s.step === 'A.2')).state).toBe('done');
  });
});
