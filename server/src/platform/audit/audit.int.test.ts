import { AuditPage, AuditVerification, PerangkatDaerah } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, body, first, startTestApp, type TestApp } from '../../../test/harness';
import { chainPendingAudit, pemdasWithPendingAudit } from './audit';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const latest = async () => first(body(await admin.get('/api/v1/audit?pageSize=1'), AuditPage).items);
const verify = async (client: ApiClient) => body(await client.get('/api/v1/audit/verify'), AuditVerification);

describe('audit trail', () => {
  it('records every write with actor, before/after and request id', async () => {
    const created = body(
      await admin.post('/api/v1/perangkat-daerah', { name: 'Dinas Audit', shortName: 'DAudit', type: 'dinas' }),
      PerangkatDaerah,
    );
    const entry = await latest();
    expect(entry).toMatchObject({
      action: 'perangkat_daerah.create',
      entityType: 'perangkat_daerah',
      entityId: created.id,
      actorName: 'Rina Administrator',
      before: null,
    });
    expect(typeof entry.requestId).toBe('string');
    expect(entry.after).toMatchObject({ name: 'Dinas Audit' });
    await admin.put(`/api/v1/perangkat-daerah/${created.id}`, {
      name: 'Dinas Audit 2',
      shortName: 'DAudit',
      type: 'dinas',
      active: true,
      version: 1,
    });
    const update = await latest();
    expect(update.before).toMatchObject({ name: 'Dinas Audit' });
    expect(update.after).toMatchObject({ name: 'Dinas Audit 2' });
  });

  it('is readable by auditors and not by plain users', async () => {
    const auditor = await ApiClient.login(t.app, 'auditor@demo.sigap.id');
    expect((await verify(auditor)).intact).toBe(true);
    const user = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    expect((await user.get('/api/v1/audit')).statusCode).toBe(403);
  });

  it('cannot be updated or deleted by the application', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.handle.db)).rejects.toThrow(/append-only/);
  });

  it('links records written concurrently into one unbroken chain, without making writers wait', async () => {
    const before = (await verify(admin)).checked;
    const writes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin.post('/api/v1/perangkat-daerah', { name: `Dinas Serentak ${i}`, shortName: `DS${i}`, type: 'dinas' }),
      ),
    );
    expect(writes.every((w) => w.statusCode === 201)).toBe(true);
    const after = await verify(admin);
    expect(after).toMatchObject({ intact: true, brokenAtSeq: null });
    expect(after.checked).toBe(before + 12);
    const page = body(await admin.get('/api/v1/audit?pageSize=12'), AuditPage);
    expect(page.items.every((e) => e.seq !== null && e.hash !== null)).toBe(true);
  });

  it('allows a record to be chained once, and nothing else to change', async () => {
    await sql`INSERT INTO audit_log (pemda_id, occurred_at, action, entity_type) SELECT pemda_id, now(), 'uji.tertunda', 'uji' FROM app_user WHERE email = 'admin@demo.sigap.id'`.execute(
      t.handle.db,
    );
    await expect(
      sql`UPDATE audit_log SET seq = 999999, prev_hash = 'a', hash = 'b', action = 'dipalsukan' WHERE action = 'uji.tertunda'`.execute(
        t.handle.db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_log SET seq = 1, prev_hash = 'a', hash = 'b' WHERE seq = 1`.execute(t.handle.db)).rejects.toThrow(
      /append-only/,
    );
    const verified = await verify(admin);
    expect(verified.intact).toBe(true);
    const chained = await sql<{ seq: number | null }>`SELECT seq FROM audit_log WHERE action = 'uji.tertunda'`.execute(t.handle.db);
    expect(chained.rows[0]?.seq).toBe(verified.checked);
  });

  it('finds the Pemda with records waiting to be chained, and only those', async () => {
    // Inside one transaction nobody else sees: the chainer cannot link these records meanwhile.
    await t.handle.db
      .transaction()
      .execute(async (trx) => {
        const insertPemda = (name: string) =>
          trx.insertInto('pemda').values({ name, kind: 'kota', time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow();
        const [waiting, quiet] = await Promise.all([insertPemda('Kabupaten Menunggu'), insertPemda('Kota Tenang')]);
        await sql`INSERT INTO audit_log (pemda_id, occurred_at, action, entity_type) VALUES (${waiting.id}, now(), 'uji.tertunda', 'uji')`.execute(
          trx,
        );
        const pending = await pemdasWithPendingAudit(trx);
        expect(pending).toContain(waiting.id);
        expect(pending).not.toContain(quiet.id);
        throw new Error('rollback');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'rollback')) throw error;
      });
    for (const pemdaId of await pemdasWithPendingAudit(t.handle.db)) await chainPendingAudit(t.handle.db, pemdaId);
    expect(await pemdasWithPendingAudit(t.handle.db)).toEqual([]);
  });

  it('detects a record altered directly in the database, and where', async () => {
    const before = await verify(admin);
    expect(before).toMatchObject({ intact: true, brokenAtSeq: null });
    expect(before.checked).toBeGreaterThan(3);
    // Someone with owner rights bypasses the trigger and rewrites history.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
    await sql`UPDATE audit_log SET after = '{"name":"Dinas Palsu"}'::jsonb WHERE seq = 2`.execute(t.handle.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
    const after = await verify(admin);
    expect(after).toMatchObject({ intact: false, brokenAtSeq: 2, reason: 'hash_mismatch', checked: 1 });
  });
});
