import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestApp, type TestApp } from '../../../test/harness';
import { chainPendingAudit, pemdasWithPendingAudit } from './audit';

let t: TestApp;
let admin: ApiClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
});
afterAll(() => t.close());

const latest = async () => (await admin.get('/api/v1/audit?pageSize=1')).json().items[0];

describe('audit trail', () => {
  it('records every write with actor, before/after and request id', async () => {
    const created = await admin.post('/api/v1/perangkat-daerah', { name: 'Dinas Audit', shortName: 'DAudit', type: 'dinas' });
    const entry = await latest();
    expect(entry).toMatchObject({
      action: 'perangkat_daerah.create',
      entityType: 'perangkat_daerah',
      entityId: created.json().id,
      actorName: 'Rina Administrator',
      before: null,
      requestId: expect.any(String),
    });
    expect(entry.after.name).toBe('Dinas Audit');
    await admin.put(`/api/v1/perangkat-daerah/${created.json().id}`, {
      name: 'Dinas Audit 2',
      shortName: 'DAudit',
      type: 'dinas',
      active: true,
      version: 1,
    });
    const update = await latest();
    expect(update.before.name).toBe('Dinas Audit');
    expect(update.after.name).toBe('Dinas Audit 2');
  });

  it('is readable by auditors and not by plain users', async () => {
    const auditor = await ApiClient.login(t.app, 'auditor@demo.sigap.id');
    expect((await auditor.get('/api/v1/audit/verify')).json().intact).toBe(true);
    const user = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    expect((await user.get('/api/v1/audit')).statusCode).toBe(403);
  });

  it('cannot be updated or deleted by the application', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.handle.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.handle.db)).rejects.toThrow(/append-only/);
  });

  it('links records written concurrently into one unbroken chain, without making writers wait', async () => {
    const before = (await admin.get('/api/v1/audit/verify')).json().checked;
    const writes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admin.post('/api/v1/perangkat-daerah', { name: `Dinas Serentak ${i}`, shortName: `DS${i}`, type: 'dinas' }),
      ),
    );
    expect(writes.every((w) => w.statusCode === 201)).toBe(true);
    const after = (await admin.get('/api/v1/audit/verify')).json();
    expect(after).toMatchObject({ intact: true, brokenAtSeq: null });
    expect(after.checked).toBe(before + 12);
    const page = (await admin.get('/api/v1/audit?pageSize=12')).json();
    expect(page.items.every((e: { seq: number | null; hash: string | null }) => e.seq !== null && e.hash !== null)).toBe(true);
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
    const verified = (await admin.get('/api/v1/audit/verify')).json();
    expect(verified.intact).toBe(true);
    const chained = await sql<{ seq: number | null }>`SELECT seq FROM audit_log WHERE action = 'uji.tertunda'`.execute(t.handle.db);
    expect(chained.rows[0]?.seq).toBe(verified.checked);
  });

  it('finds the Pemda with records waiting to be chained, and only those', async () => {
    // Inside one transaction nobody else sees: the chainer cannot link these records meanwhile.
    await t.handle.db
      .transaction()
      .execute(async (trx) => {
        const [waiting, quiet] = await Promise.all(
          ['Kabupaten Menunggu', 'Kota Tenang'].map((name) =>
            trx.insertInto('pemda').values({ name, kind: 'kota', time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow(),
          ),
        );
        await sql`INSERT INTO audit_log (pemda_id, occurred_at, action, entity_type) VALUES (${waiting!.id}, now(), 'uji.tertunda', 'uji')`.execute(
          trx,
        );
        const pending = await pemdasWithPendingAudit(trx);
        expect(pending).toContain(waiting!.id);
        expect(pending).not.toContain(quiet!.id);
        throw new Error('rollback');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message === 'rollback')) throw error;
      });
    for (const pemdaId of await pemdasWithPendingAudit(t.handle.db)) await chainPendingAudit(t.handle.db, pemdaId);
    expect(await pemdasWithPendingAudit(t.handle.db)).toEqual([]);
  });

  it('detects a record altered directly in the database, and where', async () => {
    const before = (await admin.get('/api/v1/audit/verify')).json();
    expect(before).toMatchObject({ intact: true, brokenAtSeq: null });
    expect(before.checked).toBeGreaterThan(3);
    // Someone with owner rights bypasses the trigger and rewrites history.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
    await sql`UPDATE audit_log SET after = '{"name":"Dinas Palsu"}'::jsonb WHERE seq = 2`.execute(t.handle.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
    const after = (await admin.get('/api/v1/audit/verify')).json();
    expect(after).toMatchObject({ intact: false, brokenAtSeq: 2, reason: 'hash_mismatch', checked: 1 });
  });
});
