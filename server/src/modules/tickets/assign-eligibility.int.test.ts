import { ProblemRecord, ServicePage, Ticket } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let ids: Map<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  const users = await t.handle.db.selectFrom('app_user').select(['id', 'email']).execute();
  ids = new Map(users.map((u) => [u.email, u.id]));
});
afterAll(() => t.close());

const People = z.array(z.object({ id: z.string(), name: z.string() }));
const idOf = (email: string) => {
  const id = ids.get(email);
  if (!id) throw new Error(`no demo user ${email}`);
  return id;
};
const emailsOf = (people: { id: string }[]) => people.map((p) => [...ids].find(([, id]) => id === p.id)?.[0]).sort();

describe('who may be assigned a ticket', () => {
  it('only the desk’s agents, the service’s administrators and an engaged vendor', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const mail = first(
      body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items.filter((s) => s.name.startsWith('Surat Elektronik')),
    );
    // An ASN reports a disruption of a service Diskominfo provides itself: Tier 2 at Diskominfo handles it.
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    let ticket = body(
      await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: mail.id,
        title: 'Surel dinas tidak bisa dibuka',
        description: 'Kotak masuk surel dinas menampilkan galat sejak tadi pagi.',
        impact: 'minor',
        urgency: 2,
      }),
      Ticket,
    );
    expect(ticket).toMatchObject({ tier: 2, handlingPdName: 'Dinas Komunikasi dan Informatika' });
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const assign = async (email: string) => {
      const res = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
        action: 'assign',
        assigneeId: idOf(email),
        version: ticket.version,
      });
      if (res.statusCode === 200) ticket = body(res, Ticket);
      return res;
    };

    // An ordinary ASN, the steering committee, a technician, a vendor not engaged, another PD's desk: none handles it.
    const outsiders = [
      'pengguna@demo.sigap.id',
      'komite@demo.sigap.id',
      'tim.teknis@demo.sigap.id',
      'rekanan@demo.sigap.id',
      'tier1.dinkes@demo.sigap.id',
    ];
    for (const email of outsiders) {
      const refused = await assign(email);
      expect(refused.statusCode, `${email} ${refused.body}`).toBe(400);
      expect(problemOf(refused)).toMatchObject({ code: 'record.person_not_eligible', errors: [{ path: 'assigneeId' }] });
    }

    // The picker lists exactly the eligible people, from the ticket route and the record platform's.
    const agents = body(await tier2.get(`/api/v1/tickets/${ticket.id}/agents`), People);
    const candidates = body(await tier2.get(`/api/v1/records/${ticket.id}/candidates?for=assignee`), People);
    expect(candidates).toEqual(agents);
    const desk = [
      'admin',
      'pimpinan',
      'pj.layanan',
      'pj.infra',
      'admin.layanan',
      'admin.infra',
      'tier2',
      'koordinator.sd',
      'koordinator.gangguan',
    ];
    expect(emailsOf(agents)).toEqual(
      desk
        .filter((n) => n !== 'admin')
        .map((n) => `${n}@demo.sigap.id`)
        .sort(),
    );
    for (const email of outsiders) expect(emailsOf(agents)).not.toContain(email);
    // The reporter reads the ticket but does not pick its people.
    expect((await asn.get(`/api/v1/records/${ticket.id}/candidates?for=assignee`)).statusCode).toBe(403);

    expect((await assign('admin.infra@demo.sigap.id')).statusCode).toBe(200);
    expect(ticket.assigneeId).toBe(idOf('admin.infra@demo.sigap.id'));

    // Once the ticket is handed to a vendor, the providing PD's vendor may be assigned too.
    const handed = await tier2.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'vendor',
      body: 'Perlu rekanan penyedia surel.',
      version: ticket.version,
    });
    expect(handed.statusCode, handed.body).toBe(200);
    ticket = body(handed, Ticket);
    expect(emailsOf(body(await tier2.get(`/api/v1/tickets/${ticket.id}/agents`), People))).toContain('rekanan@demo.sigap.id');
    expect((await assign('rekanan@demo.sigap.id')).statusCode).toBe(200);
  });

  it('includes the staff a service names in the catalog, whatever else they hold', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const simpus = first(
      body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items.filter((s) => s.name.startsWith('Pendaftaran Online')),
    );
    const asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
    const ticket = body(
      await asn.post('/api/v1/tickets', {
        kind: 'incident',
        serviceId: simpus.id,
        title: 'Pendaftaran daring gagal',
        description: 'Tombol daftar tidak merespons di semua peramban.',
        impact: 'minor',
        urgency: 3,
      }),
      Ticket,
    );
    const tier1 = await ApiClient.login(t.app, 'tier1.dinkes@demo.sigap.id');
    const before = emailsOf(body(await tier1.get(`/api/v1/tickets/${ticket.id}/agents`), People));
    expect(before).not.toContain('tim.teknis@demo.sigap.id');
    // The service names a technician as its infrastructure administrator (a third party may be one).
    const { pemda_id } = await t.handle.db.selectFrom('service').select('pemda_id').where('id', '=', simpus.id).executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('service_staff')
      .values({ pemda_id, service_id: simpus.id, user_id: idOf('tim.teknis@demo.sigap.id'), kind: 'admin_infra' })
      .execute();
    const after = emailsOf(body(await tier1.get(`/api/v1/tickets/${ticket.id}/agents`), People));
    expect(after).toContain('tim.teknis@demo.sigap.id');
    const res = await tier1.post(`/api/v1/tickets/${ticket.id}/actions`, {
      action: 'assign',
      assigneeId: idOf('tim.teknis@demo.sigap.id'),
      version: ticket.version,
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('who may be assigned a problem', () => {
  it('only those who manage problems of its PD, listed by the problem’s own picker', async () => {
    const koordinator = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
    let problem = body(
      await koordinator.post('/api/v1/problems', {
        title: 'Surel lambat tiap pagi',
        description: 'Proaktif: antrean surel menumpuk tiap pagi.',
      }),
      ProblemRecord,
    );
    const candidates = body(await koordinator.get(`/api/v1/records/${problem.id}/candidates?for=assignee`), People);
    const emails = emailsOf(candidates);
    expect(emails).toContain('tim.teknis@demo.sigap.id');
    expect(emails).toContain('koordinator.gangguan@demo.sigap.id');
    expect(emails).not.toContain('pengguna@demo.sigap.id');
    expect(emails).not.toContain('tier1.dinkes@demo.sigap.id');

    const refused = await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
      action: 'assign',
      assigneeId: idOf('tier1.dinkes@demo.sigap.id'),
      version: problem.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).code).toBe('record.person_not_eligible');
    const assigned = await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
      action: 'assign',
      assigneeId: idOf('tim.teknis@demo.sigap.id'),
      version: problem.version,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    problem = body(assigned, ProblemRecord);
    expect(problem.assigneeName).not.toBeNull();
  });
});
