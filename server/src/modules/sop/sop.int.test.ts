import { DEFAULT_SOP_STANDARDS, ServicePage, SopSettings, Ticket } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

// The SOP time-standard settings (`/service-desk/sop`); the steps themselves are tested with the tickets.
let t: TestApp;
let asn: ApiClient;
let admin: ApiClient;
let serviceId: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  const services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
  serviceId = first(services.filter((s) => s.name.startsWith('Pusat Data'))).id;
});
afterAll(() => t.close());

async function open(kind: 'incident', title: string): Promise<Ticket> {
  const res = await asn.post('/api/v1/tickets', {
    kind,
    serviceId,
    title,
    description: 'Mohon pemeliharaan server VPS aplikasi kepegawaian pada akhir pekan ini.',
    impact: 'minor',
    urgency: 3,
  });
  expect(res.statusCode, res.body).toBe(201);
  return body(res, Ticket);
}

describe('SOP time standards per Pemda', () => {
  it('start at the SOP’s own, change for the administrator only, and apply to every ticket at once', async () => {
    const initial = body(await admin.get('/api/v1/service-desk/sop'), SopSettings);
    expect(initial).toMatchObject({ standards: DEFAULT_SOP_STANDARDS, version: 0, updatedAt: null });

    const ticket = await open('incident', 'Akses VPS terputus sesaat');
    const triage = () => first(ticket.sop.steps.filter((s) => s.step === 'A.2'));
    expect(triage().dueAt).not.toBeNull();

    const standards = { ...initial.standards, 'A.2': { value: 2, unit: 'hours' } };
    expect((await asn.put('/api/v1/service-desk/sop', { standards, version: 0 })).statusCode).toBe(403);
    const bad = await admin.put('/api/v1/service-desk/sop', {
      standards: { ...standards, 'A.5': { value: 0, unit: 'weeks' } },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).code).toBe('validation.failed');

    const saved = await admin.put('/api/v1/service-desk/sop', { standards, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(body(saved, SopSettings)).toMatchObject({ version: 1, standards: { 'A.2': { value: 2, unit: 'hours' } } });
    const stale = await admin.put('/api/v1/service-desk/sop', { standards, version: 0 });
    expect(stale.statusCode).toBe(409);

    const after = body(await asn.get(`/api/v1/tickets/${ticket.id}`), Ticket);
    const due = first(after.sop.steps.filter((s) => s.step === 'A.2')).dueAt;
    const started = first(after.sop.steps.filter((s) => s.step === 'A.2')).startedAt;
    expect(due && started && new Date(due).getTime() - new Date(started).getTime()).toBe(2 * 3600_000);
  });
});
