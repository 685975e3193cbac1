import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('yearly service-target report', () => {
  it('counts incidents and requests per service and how many met their targets', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const service = (await admin.get('/api/v1/services?q=Intra')).json().items[0];
    for (let i = 0; i < 2; i++) {
      let ticket = (
        await asn.post('/api/v1/tickets', {
          kind: 'incident',
          serviceId: service.id,
          title: `Internet putus ${i}`,
          description: 'Koneksi internet seluruh ruangan terputus.',
          impact: 'mayor',
          urgency: 1,
        })
      ).json();
      ticket = (await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'take', version: ticket.version })).json();
      if (i === 0)
        await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, { action: 'resolve', body: 'Kabel diganti.', version: ticket.version });
    }
    const year = new Date().getUTCFullYear();
    const report = (await admin.get(`/api/v1/reports/service-targets?year=${year}`)).json();
    const row = report.rows.find((r: { serviceId: string }) => r.serviceId === service.id);
    expect(row).toMatchObject({ incidents: 2, requests: 0, responded: 2, responseMet: 2, resolved: 1, resolutionMet: 1 });
    expect((await admin.get(`/api/v1/reports/service-targets?year=${year - 5}`)).json().rows).toEqual([]);
    expect((await asn.get(`/api/v1/reports/service-targets?year=${year}`)).statusCode).toBe(403);
  });
});
