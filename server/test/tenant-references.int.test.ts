import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ticket } from '@sigap/core';
import { ApiClient, body, seedOtherPemda, startTestApp, type TestApp } from './harness';

/**
 * Tables without a Pemda of their own, whose one reference to a tenant row is therefore a plain
 * key: their rows belong to exactly one user and go with that user.
 */
const OWNED_BY_ONE_USER = new Set(['idempotency_key.user_id']);

let t: TestApp;
let other: Awaited<ReturnType<typeof seedOtherPemda>>;

beforeAll(async () => {
  t = await startTestApp();
  other = await seedOtherPemda(t.handle, 'admin@lain.go.id');
}, 120_000);
afterAll(() => t.close());

describe('references between tenant rows', () => {
  it('name the Pemda on both sides in every foreign key to a table that has one', async () => {
    const { rows } = await sql<{ reference: string }>`
      SELECT c.conrelid::regclass::text || '.' || string_agg(a.attname, ',') AS reference
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f'
        AND EXISTS (SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.confrelid AND t.attname = 'pemda_id' AND NOT t.attisdropped)
      GROUP BY c.oid, c.conrelid
      HAVING NOT bool_or(a.attname = 'pemda_id')`.execute(t.handle.db);
    const unnamed = rows.map((r) => r.reference).filter((r) => !OWNED_BY_ONE_USER.has(r));
    expect(unnamed, 'each of these references another Pemda’s rows unchecked: make it (pemda_id, column)').toEqual([]);
  });

  it('are refused by the database when they cross to another Pemda, whatever the code does', async () => {
    const db = t.handle.db;
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const service = await db.selectFrom('service').select('id').where('name', 'ilike', '%intra%').executeTakeFirstOrThrow();
    const created = body(
      await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: service.id,
        title: 'Jaringan putus',
        description: 'Tidak ada koneksi.',
      }),
      Ticket,
    );
    const ticket = await db
      .selectFrom('ticket')
      .select(['id', 'pemda_id', 'service_id'])
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const refusals = [
      () => db.updateTable('ticket').set({ reporter_pd_id: other.pdId }).where('id', '=', ticket.id).execute(),
      () => db.updateTable('ticket').set({ handling_pd_id: other.pdId }).where('id', '=', ticket.id).execute(),
      () => db.updateTable('ticket').set({ assignee_id: other.userId }).where('id', '=', ticket.id).execute(),
      () => db.updateTable('ticket').set({ reporter_user_id: other.userId }).where('id', '=', ticket.id).execute(),
      () => db.updateTable('app_user').set({ perangkat_daerah_id: other.pdId }).where('pemda_id', '=', ticket.pemda_id).execute(),
      () =>
        db
          .insertInto('service_staff')
          .values({ pemda_id: ticket.pemda_id, service_id: ticket.service_id, user_id: other.userId, kind: 'admin_layanan' })
          .execute(),
      () =>
        db
          .insertInto('record_event')
          .values({
            pemda_id: ticket.pemda_id,
            record_id: ticket.id,
            actor_id: other.userId,
            actor_name: 'x',
            type: 'commented',
            visibility: 'internal',
            body: 'x',
            data: {},
          })
          .execute(),
    ];
    for (const write of refusals) await expect(write()).rejects.toThrow(/foreign key/);
  });
});
