import { AuditVerification } from '@sigap/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sigapJobs } from '../../jobs';
import { ApiClient, body, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';
import { anchorAuditChain, chainHead, signCheckpoint } from './anchor';
import { anchorKeyFrom } from './anchor-key';
import { toChained } from './audit';
import { GENESIS_HASH, hashRecord } from './hash-chain';
import { verifyAuditChain } from './verify';

let t: TestApp;
let demoPemdaId: string;
beforeAll(async () => {
  t = await startTestApp();
  demoPemdaId = (await t.handle.db.selectFrom('pemda').select('id').where('name', '=', 'Kota Contoh').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

const verify = async (client: ApiClient) => body(await client.get('/api/v1/audit/verify'), AuditVerification);
const writeSome = async (client: ApiClient, n: number, mark: string) => {
  for (let i = 0; i < n; i++) {
    const res = await client.post('/api/v1/perangkat-daerah', { name: `Dinas ${mark} ${i}`, shortName: `${mark}${i}`, type: 'dinas' });
    expect(res.statusCode, res.body).toBe(201);
  }
};

/** What someone with the database's owner rights can do: the append-only trigger is theirs to turn off. */
async function asDatabaseOwner(run: () => Promise<unknown>) {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
  try {
    await run();
  } finally {
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.handle.db);
  }
}

describe('the audit chain anchored outside the database', () => {
  it('checkpoints each Pemda’s chain head, signed, only when it moved', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    await writeSome(admin, 3, 'Jangkar');
    const { checkpoint } = await anchorAuditChain(t.handle.db, demoPemdaId, t.anchors);
    const head = await chainHead(t.handle.db, demoPemdaId);
    expect(checkpoint).toMatchObject({ pemdaId: demoPemdaId, seq: head?.seq, hash: head?.hash, keyId: t.anchors.key.keyId });
    expect(await anchorAuditChain(t.handle.db, demoPemdaId, t.anchors)).toEqual({ checkpoint: null, broken: null });
    const verified = await verify(admin);
    expect(verified).toMatchObject({ intact: true, reason: null, anchors: { checkpoints: 1, invalid: 0, latest: { seq: head?.seq } } });
  });

  it('reports a forged checkpoint as invalid and does not trust it', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const head = await chainHead(t.handle.db, demoPemdaId);
    if (!head) throw new Error('no chain');
    // Someone without the key writes a checkpoint claiming a longer chain.
    const forger = anchorKeyFrom(Buffer.alloc(32, 7));
    await t.anchors.store.append(signCheckpoint(forger, { pemdaId: demoPemdaId, seq: head.seq + 50, hash: 'f'.repeat(64) }, new Date()));
    const verified = await verify(admin);
    expect(verified).toMatchObject({ intact: true, anchors: { checkpoints: 1, invalid: 1 } });
  });

  it('e-mails the newest checkpoint to the Pemda’s auditors every morning, through the outbox', async () => {
    const registry = sigapJobs({ db: t.handle.db, engine: t.handle.engine, smtp: null, anchors: t.anchors });
    expect(registry.definitions().map((j) => j.name)).toEqual(expect.arrayContaining(['audit-checkpoint', 'audit-checkpoint-mail']));
    // 07:00 WIB, the demo Pemda's morning.
    const runs = await registry.tick(new Date('2030-01-15T00:00:30Z'));
    expect(runs.filter((r) => r.job === 'audit-checkpoint-mail' && r.pemdaId === demoPemdaId)).toMatchObject([
      { ran: true, outcome: 'succeeded', counts: { mailed: 1 } },
    ]);
    const Message = z.object({ to: z.array(z.string()), subject: z.string(), text: z.string() });
    const mails = await t.handle.db.selectFrom('outbox').select('payload').where('pemda_id', '=', demoPemdaId).execute();
    const checkpointMails = mails
      .map((m) => Message.safeParse(m.payload))
      .filter((m) => m.success && m.data.subject.includes('jejak audit'));
    expect(checkpointMails).toHaveLength(1);
    const message = Message.parse(checkpointMails[0]?.data);
    expect(message.to).toEqual(['auditor@demo.sigap.id']);
    expect(message.subject).toBe('[Sigap] Titik jangkar jejak audit Kota Contoh');
    const head = await chainHead(t.handle.db, demoPemdaId);
    if (!head) throw new Error('no chain');
    expect(message.text).toContain(`"seq":${head.seq}`);
    expect(message.text).toContain(t.anchors.key.publicKeyPem.trim());
    expect(message.text).toMatch(/\d{2}\.\d{2} WIB/);
  });

  it('detects the newest records deleted from the database (truncation)', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    await writeSome(admin, 2, 'Potong');
    const { checkpoint } = await anchorAuditChain(t.handle.db, demoPemdaId, t.anchors);
    if (!checkpoint) throw new Error('no checkpoint');
    await asDatabaseOwner(() =>
      sql`DELETE FROM audit_log WHERE pemda_id = ${demoPemdaId} AND seq > ${checkpoint.seq - 2}`.execute(t.handle.db),
    );
    // The chain left behind is internally consistent…
    expect(await verifyAuditChain(t.handle.db, demoPemdaId, null)).toMatchObject({ intact: true });
    // …but shorter than what was anchored outside the database.
    const verified = await verify(admin);
    expect(verified).toMatchObject({ intact: false, reason: 'truncated', brokenAtSeq: checkpoint.seq - 1, checked: checkpoint.seq - 2 });

    // The hourly checkpoint refuses to sign the cut chain and fails; the morning e-mail warns the auditors.
    const registry = sigapJobs({ db: t.handle.db, engine: t.handle.engine, smtp: null, anchors: t.anchors });
    const runs = (await registry.tick(new Date('2030-01-16T00:05:30Z'))).filter((r) => r.pemdaId === demoPemdaId);
    const checkpointRun = runs.find((r) => r.job === 'audit-checkpoint');
    expect(checkpointRun?.outcome).toBe('failed');
    expect(checkpointRun?.error).toContain('truncated');
    expect(runs.find((r) => r.job === 'audit-checkpoint-mail')).toMatchObject({ outcome: 'succeeded', counts: { mailed: 0, alerts: 1 } });
    const mails = await t.handle.db.selectFrom('outbox').select('payload').where('pemda_id', '=', demoPemdaId).execute();
    expect(JSON.stringify(mails)).toContain('PERINGATAN: jejak audit Kota Contoh tidak cocok dengan titik jangkarnya');
  });

  it('detects a record edited and every later hash recomputed (re-hashing)', async () => {
    // Another Pemda, whose chain nobody has cut.
    const other = await seedOtherPemda(t.handle, 'admin@lain-jangkar.go.id');
    const admin = await ApiClient.login(t.app, 'admin@lain-jangkar.go.id');
    await writeSome(admin, 4, 'Ulang');
    const { checkpoint } = await anchorAuditChain(t.handle.db, other.pemdaId, t.anchors);
    if (!checkpoint) throw new Error('no checkpoint');

    await asDatabaseOwner(async () => {
      await sql`UPDATE audit_log SET after = '{"name":"Dinas Palsu"}'::jsonb WHERE pemda_id = ${other.pemdaId} AND seq = 2`.execute(
        t.handle.db,
      );
      const rows = await t.handle.db.selectFrom('audit_log').selectAll().where('pemda_id', '=', other.pemdaId).orderBy('seq').execute();
      let prevHash = GENESIS_HASH;
      for (const row of rows) {
        const hash = hashRecord(toChained({ ...row, prev_hash: prevHash }));
        await t.handle.db.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('id', '=', row.id).execute();
        prevHash = hash;
      }
    });
    expect(await verifyAuditChain(t.handle.db, other.pemdaId, null)).toMatchObject({ intact: true });
    const verified = await verify(admin);
    expect(verified).toMatchObject({ intact: false, reason: 'rehashed', brokenAtSeq: checkpoint.seq });
  });
});
