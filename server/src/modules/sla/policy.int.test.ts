import { type ServiceDeskPolicy, Ticket } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let admin: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const current = () => admin.api.GET('/service-desk/policy');
const put = (policy: ServiceDeskPolicy, version: number) => admin.put('/api/v1/service-desk/policy', { policy, version });

/** A P-priority ticket on a 24×7 service: its response target is plain clock time. */
async function responseMinutesOfNewTicket() {
  const always = first((await admin.api.GET('/calendars')).filter((c) => c.alwaysOn));
  const service = first(
    (await admin.api.GET('/services', { params: { query: { pageSize: 100 } } })).items.filter((s) => s.calendarId === always.id),
  );
  const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  const res = await asn.post('/api/v1/tickets', {
    kind: 'incident',
    serviceId: service.id,
    title: 'Layanan tidak bisa diakses',
    description: 'Halaman layanan menampilkan galat sejak pagi ini.',
    impact: 'minor',
    urgency: 3,
  });
  expect(res.statusCode, res.body).toBe(201);
  const ticket = body(res, Ticket);
  return {
    priority: ticket.priority,
    minutes: (new Date(ticket.responseDueAt).getTime() - new Date(ticket.reportedAt).getTime()) / 60_000,
  };
}

describe('service-desk policy', () => {
  it('refuses values out of range on the field instead of clamping them', async () => {
    const { policy, version } = await current();
    const cases: [ServiceDeskPolicy, string][] = [
      [{ ...policy, escalationShare: 0 }, 'body.policy.escalationShare'],
      [{ ...policy, escalationShare: 1.5 }, 'body.policy.escalationShare'],
      [{ ...policy, responseMinutes: { ...policy.responseMinutes, P2: 0 } }, 'body.policy.responseMinutes.P2'],
      [{ ...policy, resolutionHours: { ...policy.resolutionHours, '1': 0.5 } }, 'body.policy.resolutionHours.1'],
      [{ ...policy, autoCloseWorkingDays: 61 }, 'body.policy.autoCloseWorkingDays'],
    ];
    for (const [bad, path] of cases) {
      const res = await put(bad, version);
      expect(res.statusCode, path).toBe(400);
      expect(problemOf(res).errors?.map((e) => e.path)).toEqual([path]);
    }
    expect((await current()).version).toBe(version);
  });

  it('is changed by the Pemda administrator only, with optimistic locking', async () => {
    const { policy, version } = await current();
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    expect((await tier2.put('/api/v1/service-desk/policy', { policy, version })).statusCode).toBe(403);
    expect((await put(policy, version)).statusCode).toBe(200);
    expect(problemOf(await put(policy, version)).code).toBe('conflict.version');
  });

  it('counts for the very next ticket, whichever process changed it', async () => {
    const before = await responseMinutesOfNewTicket();
    const { policy, version } = await current();
    const p = before.priority;
    const changed = {
      ...policy,
      maxResponseMinutes: 600,
      responseMinutes: { ...policy.responseMinutes, [p]: policy.responseMinutes[p] + 7 },
    };
    expect((await put(changed, version)).statusCode).toBe(200);
    expect((await responseMinutesOfNewTicket()).minutes).toBe(policy.responseMinutes[p] + 7);

    // Another process writes it: this process's cache must not keep the old rules.
    const again = { ...changed, responseMinutes: { ...changed.responseMinutes, [p]: policy.responseMinutes[p] + 11 } };
    await sql`UPDATE service_desk_policy SET policy = ${JSON.stringify(again)}::jsonb, version = version + 1`.execute(t.handle.db);
    expect((await responseMinutesOfNewTicket()).minutes).toBe(policy.responseMinutes[p] + 11);
  });
});
