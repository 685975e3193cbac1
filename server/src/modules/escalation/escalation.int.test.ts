import { ServicePage } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';
import { startSmtpServer } from '../../../test/smtp';
import { createSmtpMailer, type MailMessage } from '../../platform/mail/mailer';
import { drainOutbox } from '../../platform/mail/outbox';
import { runAutoClose, runEscalation } from './escalation.job';

let t: TestApp;
let asn: ApiClient;
let tier2: ApiClient;
let serviceId: string;

/** What these tests read of a ticket and of the notification list. */
const TicketFields = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  version: z.number(),
  escalationLevel: z.number(),
  autoCloseAt: z.string().nullable(),
  events: z.array(z.object({ type: z.string() })),
});
const Notifications = z.object({ items: z.array(z.object({ title: z.string() })) });

beforeAll(async () => {
  t = await startTestApp();
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  serviceId = first(body(await admin.get('/api/v1/services?q=Pusat Data'), ServicePage).items).id;
});
afterAll(() => t.close());

async function incident() {
  const res = await asn.post('/api/v1/tickets', {
    kind: 'incident',
    serviceId,
    title: 'VPS aplikasi tidak dapat diakses',
    description: 'VPS untuk aplikasi SIMPEG tidak merespons sejak subuh.',
    impact: 'mayor',
    urgency: 1,
  });
  return body(res, TicketFields);
}

const eventsOf = async (id: string, type: string) =>
  first(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM record_event WHERE record_id = ${id} AND type = ${type}`.execute(t.handle.db))
      .rows,
  ).n;

describe('automatic hierarchical escalation (Y-Tabel 13)', () => {
  it('raises level 2 at the escalation share and level 3 at breach, exactly once even when runs overlap', async () => {
    const ticket = await incident();
    await sql`UPDATE ticket SET escalate_at = now() - interval '1 minute' WHERE id = ${ticket.id}`.execute(t.handle.db);
    const runs = await Promise.all([runEscalation(t.handle.db), runEscalation(t.handle.db), runEscalation(t.handle.db)]);
    expect(runs.reduce((n, r) => n + r.warned, 0)).toBe(1);
    expect(await eventsOf(ticket.id, 'sla_warning')).toBe(1);
    const owner = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    expect(
      body(await owner.get('/api/v1/notifications'), Notifications).items.some(
        (n) => n.title.includes(ticket.number) && n.title.includes('level 2'),
      ),
    ).toBe(true);

    await sql`UPDATE ticket SET resolution_due_at = now() - interval '1 minute' WHERE id = ${ticket.id}`.execute(t.handle.db);
    await Promise.all([runEscalation(t.handle.db), runEscalation(t.handle.db)]);
    expect(await eventsOf(ticket.id, 'sla_breach')).toBe(1);
    const head = await ApiClient.login(t.app, 'pimpinan@demo.sigap.id');
    expect(body(await head.get('/api/v1/notifications'), Notifications).items.some((n) => n.title.includes('level 3'))).toBe(true);
    expect(body(await tier2.get(`/api/v1/tickets/${ticket.id}`), TicketFields).escalationLevel).toBe(3);
  });

  it('leaves resolved, paused and awaiting-approval tickets alone', async () => {
    let ticket = await incident();
    ticket = body(
      await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'wait_user',
        body: 'Mohon kirim alamat IP VPS.',
        version: ticket.version,
      }),
      TicketFields,
    );
    await sql`UPDATE ticket SET escalate_at = now() - interval '1 minute', resolution_due_at = now() - interval '1 minute' WHERE id = ${ticket.id}`.execute(
      t.handle.db,
    );
    await runEscalation(t.handle.db);
    expect(body(await tier2.get(`/api/v1/tickets/${ticket.id}`), TicketFields).escalationLevel).toBe(1);
  });
});

describe('auto-close of unconfirmed resolutions (SPEC §3.6)', () => {
  it('closes a resolved ticket after the configured working days', async () => {
    let ticket = await incident();
    ticket = body(
      await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'resolve',
        body: 'VPS dinyalakan ulang.',
        version: ticket.version,
      }),
      TicketFields,
    );
    expect(ticket.autoCloseAt).not.toBeNull();
    expect(await runAutoClose(t.handle.db)).toBe(0);
    await sql`UPDATE ticket SET auto_close_at = now() - interval '1 minute' WHERE id = ${ticket.id}`.execute(t.handle.db);
    expect(await runAutoClose(t.handle.db)).toBe(1);
    const closed = body(await tier2.get(`/api/v1/tickets/${ticket.id}`), TicketFields);
    expect(closed.status).toBe('closed');
    expect(closed.events.at(-1)?.type).toBe('auto_closed');
  });
});

describe('e-mail through the outbox', () => {
  it("sends a new ticket's notice as one e-mail, each of the desk's agents a blind copy", async () => {
    const ticket = await incident();
    const desk = await sql<{
      email: string;
    }>`SELECT DISTINCT u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.record_id = ${ticket.id}`.execute(
      t.handle.db,
    );
    expect(desk.rows.length).toBeGreaterThan(1);
    const mails = await sql<{
      id: string;
      payload: Omit<MailMessage, 'to'> & { to: string[] };
    }>`SELECT id, payload FROM outbox WHERE sent_at IS NULL AND payload->>'subject' LIKE ${`%${ticket.number}%`}`.execute(t.handle.db);
    expect(mails.rows).toHaveLength(1);
    expect([...first(mails.rows).payload.to].sort()).toEqual(desk.rows.map((r) => r.email).sort());

    const smtp = await startSmtpServer();
    try {
      const mailer = createSmtpMailer(smtp.url, 'Sigap <sigap@kotacontoh.go.id>');
      await mailer.send(first(mails.rows).payload);
      mailer.close();
      expect(smtp.mails).toHaveLength(1);
      expect([...first(smtp.mails).to].sort()).toEqual(desk.rows.map((r) => r.email).sort());
      // Blind copies: no agent's address is in the message's headers.
      const headers = first(first(smtp.mails).raw.split(/\r?\n\r?\n/));
      for (const { email } of desk.rows) expect(headers).not.toContain(email);
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail while the SMTP server is down and delivers it once it is up', async () => {
    await incident();
    const pending = async () =>
      first((await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`.execute(t.handle.db)).rows).n;
    const before = await pending();
    expect(before).toBeGreaterThan(0);

    const down = createSmtpMailer('smtp://127.0.0.1:9', 'Sigap <sigap@kotacontoh.go.id>');
    const failed = await drainOutbox(t.handle.db, down, 1000);
    down.close();
    expect(failed.sent).toBe(0);
    expect(failed.failed).toBe(before);
    expect(await pending()).toBe(before);
    const retry = await sql<{
      attempts: number;
      future: boolean;
    }>`SELECT attempts, next_attempt_at > now() AS future FROM outbox WHERE sent_at IS NULL LIMIT 1`.execute(t.handle.db);
    expect(retry.rows[0]).toMatchObject({ attempts: 1, future: true });

    const smtp = await startSmtpServer();
    try {
      await sql`UPDATE outbox SET next_attempt_at = now() WHERE sent_at IS NULL`.execute(t.handle.db);
      const mailer = createSmtpMailer(smtp.url, 'Sigap <sigap@kotacontoh.go.id>');
      const result = await drainOutbox(t.handle.db, mailer, 1000);
      mailer.close();
      expect(result.sent).toBe(before);
      expect(await pending()).toBe(0);
      expect(smtp.mails.length).toBe(before);
      expect(smtp.mails.some((m) => m.to.includes('tier2@demo.sigap.id') && m.raw.includes('[Sigap]'))).toBe(true);
    } finally {
      await smtp.close();
    }
  });
});
