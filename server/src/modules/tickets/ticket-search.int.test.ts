import { Role, ServicePage, Ticket, TicketQuery, scopeOf } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';
import { TicketListRepository } from './ticket-list.repository';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('queue search through the inverted index', () => {
  it('widens from this month to 3 and 12 months and all time, newest first, paging exactly', async () => {
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const service = first(
      body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items.filter((s) => s.name.startsWith('Jaringan')),
    );
    const open = async (title: string, daysAgo: number) => {
      const r = await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: service.id,
        title,
        description: `${title}; mohon segera diperiksa.`,
        impact: 'minor',
        urgency: 2,
      });
      expect(r.statusCode).toBe(201);
      const id = body(r, Ticket).id;
      await sql`UPDATE ticket SET reported_at = now() - make_interval(days => ${daysAgo}) WHERE id = ${id}`.execute(t.handle.db);
      return id;
    };
    const ids = [
      await open('Genset gedung A tidak menyala', 0),
      await open('Genset gedung B tidak menyala', 45),
      await open('Genset gedung C rusak', 200),
      await open('Genset gudang arsip rusak', 500),
    ];

    const user = await sql<{ id: string; pemda_id: string }>`SELECT id, pemda_id FROM app_user WHERE email = 'tier2@demo.sigap.id'`.execute(
      t.handle.db,
    );
    const me = first(user.rows);
    const roles = await sql<{
      role: string;
      perangkat_daerah_id: string | null;
    }>`SELECT role, perangkat_daerah_id FROM role_assignment WHERE user_id = ${me.id}`.execute(t.handle.db);
    const scope = scopeOf(
      roles.rows.map((r) => ({ role: Role.parse(r.role), perangkatDaerahId: r.perangkat_daerah_id })),
      'tickets.handle',
    );
    // No newest rows read first: every answer comes from the inverted index's windows.
    const repo = new TicketListRepository(t.handle.db, 0);
    const search = (q: Record<string, string>) =>
      repo.list(me.pemda_id, TicketQuery.parse({ scope: 'queue', status: 'all', ...q }), scope, me.id);

    const all = await search({ q: 'genset', pageSize: '10' });
    expect(all.items.map((x) => x.id)).toEqual(ids);
    expect(all.totalCapped).toBe(false);
    expect((await search({ q: 'genset rusak', pageSize: '10' })).items.map((x) => x.id)).toEqual(ids.slice(2));
    const second = await search({ q: 'genset', pageSize: '1', page: '2' });
    expect(second).toMatchObject({ total: 3, totalCapped: true });
    expect(second.items.map((x) => x.id)).toEqual([ids[1]]);
    expect((await search({ q: 'genset', pageSize: '1', page: '4' })).items.map((x) => x.id)).toEqual([ids[3]]);
    expect((await search({ q: 'genset', priority: 'P1' })).items).toEqual([]);
    expect((await search({ q: 'yang dan', pageSize: '10' })).items).toEqual([]);
  });
});
