import { PublicReportReceipt, ServicePage, Ticket, TicketPage } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REPORTER = 'Sutinah Wulandari';

describe('the public tracking page', () => {
  it('shows who acted by role, never a name or anything else personal', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const simpus = first(
      body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items.filter((s) => s.name.startsWith('Pendaftaran Online')),
    );
    const receipt = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/reports',
      payload: {
        serviceId: simpus.id,
        title: 'Antrean daring puskesmas tidak bisa diambil',
        description: 'Halaman antrean menampilkan galat sejak pagi.',
        impact: 'minor',
        urgency: 2,
        name: REPORTER,
        email: 'sutinah.w@contoh.id',
        phone: '081234567890',
      },
    });
    const { number, trackingCode } = body(receipt, PublicReportReceipt);

    // An agent answers in public and resolves; the reporter comments with the tracking code.
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const summary = first(body(await tier1.get('/api/v1/tickets?scope=queue'), TicketPage).items.filter((x) => x.number === number));
    let ticket = body(await tier1.get(`/api/v1/tickets/${summary.id}`), Ticket);
    const act = async (action: Record<string, unknown>) => {
      const res = await tier1.post(`/api/v1/tickets/${ticket.id}/actions`, { ...action, version: ticket.version });
      expect(res.statusCode, res.body).toBe(200);
      ticket = body(res, Ticket);
    };
    await act({ action: 'take' });
    await act({ action: 'comment', body: 'Sedang kami periksa.', visibility: 'public' });
    const agentName = ticket.events.find((e) => e.type === 'comment')?.actorName;
    expect(agentName).toBeTruthy();
    const before = body(
      await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${trackingCode}` }),
      z.object({ version: z.number() }),
    );
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/tickets/${trackingCode}/actions`,
      payload: { action: 'comment', body: 'Terima kasih.', visibility: 'public', version: before.version },
    });
    expect(reply.statusCode, reply.body).toBe(200);
    ticket = body(await tier1.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    await act({ action: 'resolve', body: 'Layanan dipulihkan.' });

    const res = await t.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${trackingCode}` });
    expect(res.statusCode).toBe(200);
    const text = res.body;
    // No person's name and no contact detail anywhere in the answer.
    for (const personal of [REPORTER, 'Sutinah', String(agentName), 'sutinah.w@contoh.id', '081234567890']) {
      expect(text).not.toContain(personal);
    }
    const tracked: unknown = res.json();
    expect(tracked).toMatchObject({ number });
    const events = (tracked as { events: Record<string, unknown>[] }).events;
    expect(events.every((e) => !('actorName' in e))).toBe(true);
    const roleOf = (type: string, text?: string) =>
      events.find((e) => e.type === type && (text === undefined || e.body === text))?.actorRole;
    expect(roleOf('created')).toBe('reporter');
    expect(roleOf('comment', 'Sedang kami periksa.')).toBe('staff');
    expect(roleOf('comment', 'Terima kasih.')).toBe('reporter');
    expect(roleOf('resolved')).toBe('staff');
  });
});
