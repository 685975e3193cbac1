import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Attachment, ServicePage, Ticket } from '@sigap/core';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { verifyAuditChain } from '../src/platform/audit/verify';
import { openDatabase, type DatabaseHandle } from '../src/platform/db/engine';
import { migrateToLatest } from '../src/platform/db/migrate';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { ApiClient, body, first } from './harness';

// Several Sigap hosts behind a load balancer on one PostgreSQL database (docs/PRODUCTION.md):
// two apps, each with its own pool, chainer and jobs, sharing only the database and the
// attachments folder (shared storage). A browser's requests land on either.
const engine = process.env.SIGAP_TEST_ENGINE ?? 'pglite';
const adminUrl = process.env.TEST_DATABASE_URL;
const name = `sigap_hosts_${randomBytes(5).toString('hex')}`;
const secret = randomBytes(32);
let shared: string;
const hosts: { app: FastifyInstance; handle: DatabaseHandle }[] = [];

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function host(url: string) {
  const handle = await openDatabase({ databaseUrl: url, poolSize: 3 });
  // Each host migrates at start, as main.ts does; the migrator takes turns on a lock.
  await migrateToLatest(handle.db);
  const app = await buildApp({ db: handle.db, engine: handle.engine, logLevel: 'silent', attachmentsDir: shared, signingSecret: secret });
  await app.ready();
  hosts.push({ app, handle });
  return app;
}

/** The same browser session, sent to the given host. */
const on = (app: FastifyInstance, session: ApiClient) => new ApiClient(app, session.cookie, session.csrfToken);

describe.runIf(engine === 'postgres' && adminUrl)('several hosts on one PostgreSQL database', () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    shared = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-shared-attachments-'));
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    await Promise.all([host(url.toString()), host(url.toString())]);
    const first = hosts[0];
    if (first) await seedDemoIfEmpty(first.handle.db);
  }, 120_000);

  afterAll(async () => {
    for (const h of hosts) {
      await h.app.close();
      await h.handle.close();
    }
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await fs.rm(shared, { recursive: true, force: true });
  });

  it('serves one session, one ticket and one attachment from either host, with one unbroken audit chain', async () => {
    const [a, b] = hosts.map((h) => h.app);
    if (!a || !b) throw new Error('two hosts expected');
    // Sessions and CSRF tokens live in the database: signed in on A, the browser is signed in on B.
    const onA = await ApiClient.login(a, 'pengguna@demo.sigap.id');
    const onB = on(b, onA);
    expect((await onB.get('/api/v1/me')).statusCode).toBe(200);

    const service = first(body(await onB.get('/api/v1/services?q=Intra'), ServicePage).items);
    const ticket = body(
      await onA.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: service.id,
        title: 'Jaringan kantor kecamatan putus',
        description: 'Sejak pagi tidak ada koneksi.',
        impact: 'minor',
        urgency: 2,
      }),
      Ticket,
    );
    // Uploaded through B onto the shared storage, downloaded through A.
    const file = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]);
    const boundary = '----sigaphosts';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      file,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await onB.request('POST', `/api/v1/records/${ticket.id}/attachments`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const download = await onA.get(`/api/v1/records/${ticket.id}/attachments/${body(uploaded, Attachment).id}`);
    expect(download.rawPayload.equals(file)).toBe(true);

    // Writes on both hosts at once; each host's chainer links what it can, under one lock per Pemda.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? onA : onB).post(`/api/v1/records/${ticket.id}/comments`, { body: `Catatan ${String(i + 1)}`, visibility: 'public' }),
      ),
    );
    const db = hosts[0]?.handle.db;
    if (!db) throw new Error('no database');
    const pemda = await db.selectFrom('pemda').select('id').executeTakeFirstOrThrow();
    const chain = await verifyAuditChain(db, pemda.id, null);
    const records = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('pemda_id', '=', pemda.id)
      .executeTakeFirstOrThrow();
    expect(chain).toMatchObject({ intact: true, brokenAtSeq: null, checked: records.n });
  });
});
