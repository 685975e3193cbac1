import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';

const Page = z.object({
  items: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), readAt: z.string().nullable() })),
  unread: z.number(),
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('notifications', () => {
  it('puts a notice into the reader language, marks one or all read, and answers 404 for another user notice', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const services = z.object({ items: z.array(z.object({ id: z.string() })) });
    const service = first(body(await admin.get('/api/v1/services?q=Intra'), services).items);
    await asn.post('/api/v1/tickets', {
      kind: 'incident',
      serviceId: service.id,
      title: 'Intranet putus',
      description: 'Intranet putus sejak pagi di lantai 2.',
    });
    const mine = body(await tier2.get('/api/v1/notifications'), Page);
    expect(mine.unread).toBeGreaterThan(0);
    const notice = first(mine.items);
    expect(notice.code).toBe('ticket.new');
    const english = body(await tier2.request('GET', '/api/v1/notifications', undefined, { 'accept-language': 'en' }), Page);
    expect(first(english.items).title).toBe(notice.title);
    expect((await asn.post(`/api/v1/notifications/${notice.id}/read`)).statusCode).toBe(404);
    expect((await tier2.post(`/api/v1/notifications/${notice.id}/read`)).statusCode).toBe(204);
    expect((await tier2.post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect(body(await tier2.get('/api/v1/notifications'), Page).unread).toBe(0);
  });
});
