import { Approval, RecordLink, Service, ServicePage, Ticket, Watchers } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';

/** What these tests read of a problem and of the notification list. */
const ProblemFields = z.object({ id: z.string() });
const Notifications = z.object({ items: z.array(z.object({ code: z.string(), recordId: z.string().nullable(), body: z.string() })) });
const Links = z.array(RecordLink);
const Approvals = z.array(Approval);
/** An object with at least these fields (vitest types its asymmetric matchers as `any`). */
const containing = (fields: Record<string, unknown>): unknown => expect.objectContaining(fields);

let t: TestApp;
let asn: ApiClient;
let tier2: ApiClient;
let serviceId: string;
beforeAll(async () => {
  t = await startTestApp();
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  serviceId = first(body(await admin.get('/api/v1/services?q=Intra'), ServicePage).items).id;
});
afterAll(() => t.close());

const incident = async (client: ApiClient, title = 'Surel dinas tidak bisa dibuka') =>
  body(
    await client.post('/api/v1/tickets', { kind: 'incident', serviceId, title, description: 'Muncul pesan galat saat membuka surel.' }),
    Ticket,
  );

describe('the record platform', () => {
  it('links records both ways with the inverse name, and records it on both timelines', async () => {
    const a = await incident(asn);
    const b = await incident(asn, 'Surel dinas gagal lagi');
    const linked = await tier2.post(`/api/v1/records/${b.id}/links`, { targetId: a.id, linkType: 'duplicates' });
    expect(linked.statusCode).toBe(200);
    expect(body(linked, Links)).toEqual([containing({ name: 'duplicates', record: containing({ id: a.id, kind: 'ticket' }) })]);
    const back = body(await tier2.get(`/api/v1/records/${a.id}/links`), Links);
    expect(back).toEqual([containing({ name: 'duplicated_by', record: containing({ id: b.id }) })]);
    const again = await tier2.post(`/api/v1/records/${b.id}/links`, { targetId: a.id, linkType: 'duplicates' });
    expect(body(again, Links)).toHaveLength(1);
    const ticketA = body(await tier2.get(`/api/v1/tickets/${a.id}`), Ticket);
    // The target's entry names the link as read from the target.
    expect(ticketA.events.at(-1)).toMatchObject({ type: 'link_added', data: { number: b.number, linkType: 'duplicated_by' } });
    expect((await tier2.delete(`/api/v1/records/${a.id}/links/${first(back).id}`)).statusCode).toBe(204);
    expect(body(await tier2.get(`/api/v1/records/${b.id}/links`), Links)).toEqual([]);
    expect((await tier2.post(`/api/v1/records/${a.id}/links`, { targetId: a.id, linkType: 'relates_to' })).statusCode).toBe(422);
  });

  it('lets people watch a record, and tells watchers of a comment', async () => {
    const problemMaker = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
    const problem = body(
      await problemMaker.post('/api/v1/problems', {
        title: 'Sertifikat TLS kedaluwarsa',
        description: 'Beberapa subdomain memakai sertifikat lama.',
      }),
      ProblemFields,
    );
    const watched = body(await tier2.put(`/api/v1/records/${problem.id}/watchers/me`), Watchers);
    expect(watched.watching).toBe(true);
    expect(
      (await problemMaker.post(`/api/v1/records/${problem.id}/comments`, { body: 'Daftar subdomain terlampir', visibility: 'internal' }))
        .statusCode,
    ).toBe(204);
    const notices = body(await tier2.get('/api/v1/notifications'), Notifications);
    expect(notices.items[0]).toMatchObject({ code: 'record.commented', recordId: problem.id, body: 'Daftar subdomain terlampir' });
    expect(body(await tier2.delete(`/api/v1/records/${problem.id}/watchers/me`), Watchers).watching).toBe(false);
  });

  it('takes a request approval as a signed decision with a reason, verifiable afterwards', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const services = body(await admin.get('/api/v1/services?pageSize=100'), ServicePage).items;
    // The first service with a request type that needs approval (first() fails when there is none).
    const approvalTypes: { serviceId: string; id: string }[] = [];
    for (const s of services) {
      const detail = body(await admin.get(`/api/v1/services/${s.id}`), Service);
      const rt = detail.requestTypes.find((r) => r.requiresApproval);
      if (rt) {
        approvalTypes.push({ serviceId: s.id, id: rt.id });
        break;
      }
    }
    const approvalType = first(approvalTypes);
    const request = body(
      await asn.post('/api/v1/tickets', {
        kind: 'request',
        serviceId: approvalType.serviceId,
        requestTypeId: approvalType.id,
        title: 'Permintaan akun baru',
        description: 'Mohon dibuatkan akun untuk pegawai baru.',
      }),
      Ticket,
    );
    expect(request.status).toBe('awaiting_approval');
    const steps = body(await asn.get(`/api/v1/records/${request.id}/approvals`), Approvals);
    expect(steps).toEqual([containing({ step: 1, status: 'pending', canDecide: false, quorum: 1 })]);
    const approver = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    expect(
      problemOf(await asn.post(`/api/v1/records/${request.id}/approvals/decisions`, { decision: 'approved', reason: 'Saya setuju' })).code,
    ).toBe('ticket.action_not_allowed');
    expect(
      (await approver.post(`/api/v1/records/${request.id}/approvals/decisions`, { decision: 'approved', reason: '' })).statusCode,
    ).toBe(400);
    const decided = await approver.post(`/api/v1/records/${request.id}/approvals/decisions`, {
      decision: 'approved',
      reason: 'Sesuai kebutuhan unit',
    });
    expect(decided.statusCode).toBe(200);
    expect(first(body(decided, Approvals))).toMatchObject({
      status: 'approved',
      decisions: [containing({ decision: 'approved', reason: 'Sesuai kebutuhan unit', algorithm: 'Ed25519', verified: true })],
    });
    expect(body(await approver.get(`/api/v1/tickets/${request.id}`), Ticket).status).toBe('new');
    // A tampered decision no longer verifies.
    await t.handle.db.updateTable('approval_decision').set({ reason: 'Diubah diam-diam' }).where('decision', '=', 'approved').execute();
    const tampered = body(await approver.get(`/api/v1/records/${request.id}/approvals`), Approvals);
    expect(first(first(tampered).decisions).verified).toBe(true); // the signed payload is what is verified…
    await t.handle.db.updateTable('approval_decision').set({ signed_payload: 'x' }).where('decision', '=', 'approved').execute();
    expect(first(first(body(await approver.get(`/api/v1/records/${request.id}/approvals`), Approvals)).decisions).verified).toBe(false);
  });

  it('never answers for another Pemda: its records, links and references are 404 or refused by the database', async () => {
    const other = await seedOtherPemda(t.handle, 'admin@lain.go.id');
    const otherAdmin = await ApiClient.login(t.app, 'admin@lain.go.id');
    const mine = await incident(asn);
    for (const path of ['', '/links', '/attachments', '/watchers', '/approvals'])
      expect((await otherAdmin.get(`/api/v1/records/${mine.id}${path}`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/api/v1/records/${mine.id}/comments`, { body: 'halo' })).statusCode).toBe(404);
    // The database refuses a link whose ends belong to different Pemda, whatever the code does.
    await expect(
      t.handle.db
        .insertInto('record_link')
        .values({ pemda_id: other.pemdaId, from_id: mine.id, to_id: mine.id, link_type: 'relates_to', created_by: other.userId })
        .execute(),
    ).rejects.toThrow();
  });
});
