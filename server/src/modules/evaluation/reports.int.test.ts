import { ServicePage, ServiceTargetReport } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** What this test reads of a ticket. */
const TicketFields = z.object({ id: z.string(), version: z.number() });

describe('yearly service-target report', () => {
  it('counts incidents and requests per service and how many met their targets', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const service = first(body(await admin.get('/api/v1/services?q=Intra'), ServicePage).items);
    for (let i = 0; i < 2; i++) {
      let ticket = body(
        await asn.post('/api/v1/tickets', {
          kind: 'incident',
          serviceId: service.id,
          title: `Internet putus ${i}`,
          description: 'Koneksi internet seluruh ruangan terputus.',
          impact: 'mayor',
          urgency: 1,
        }),
        TicketFields,
      );
      ticket = body(await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version }), TicketFields);
      if (i === 0)
        await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'resolve', body: 'Kabel diganti.', version: ticket.version });
    }
    const year = new Date().getUTCFullYear();
    const report = body(await admin.get(`/api/v1/reports/service-targets?year=${year}`), ServiceTargetReport);
    const row = report.rows.find((r) => r.serviceId === service.id);
    expect(row).toMatchObject({ incidents: 2, requests: 0, responded: 2, responseMet: 2, resolved: 1, resolutionMet: 1 });
    expect(body(await admin.get(`/api/v1/reports/service-targets?year=${year - 5}`), ServiceTargetReport).rows).toEqual([]);
    expect((await asn.get(`/api/v1/reports/service-targets?year=${year}`)).statusCode).toBe(403);
  });
});
