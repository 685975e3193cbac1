import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, seedOtherPemda, startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let asn: ApiClient;
let tier2: ApiClient;
let serviceId: string;
beforeAll(async () => {
  t = await startTestApp();
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  serviceId = (await admin.get('/api/v1/services?q=Intra')).json().items[0].id;
});
afterAll(() => t.close());

const incident = async (client: ApiClient, title = 'Surel dinas tidak bisa dibuka') =>
  (
    await client.post('/api/v1/tickets', { kind: 'incident', serviceId, title, description: 'Muncul pesan galat saat membuka surel.' })
  ).json();

describe('the record platform', () => {
  it('links records both ways with the inverse name, and records it on both timelines', async () => {
    const a = await incident(asn);
    const b = await incident(asn, 'Surel dinas gagal lagi');
    const linked = await tier2.post(`/api/v1/records/${b.id}/links`, { targetId: a.id, linkType: 'duplicates' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toEqual([
      expect.objectContaining({ name: 'duplicates', record: expect.objectContaining({ id: a.id, kind: 'ticket' }) }),
    ]);
    const back = (await tier2.get(`/api/v1/records/${a.id}/links`)).json();
    expect(back).toEqual([expect.objectContaining({ name: 'duplicated_by', record: expect.objectContaining({ id: b.id }) })]);
    const again = await tier2.post(`/api/v1/records/${b.id}/links`, { targetId: a.id, linkType: 'duplicates' });
    expect(again.json()).toHaveLength(1);
    const ticketA = (await tier2.get(`/api/v1/tickets/${a.id}`)).json();
    expect(ticketA.events.at(-1)).toMatchObject({ type: 'link_added', data: { number: b.number, linkType: 'duplicates' } });
    expect((await tier2.delete(`/api/v1/records/${a.id}/links/${back[0].id}`)).statusCode).toBe(204);
    expect((await tier2.get(`/api/v1/records/${b.id}/links`)).json()).toEqual([]);
    expect((await tier2.post(`/api/v1/records/${a.id}/links`, { targetId: a.id, linkType: 'relates_to' })).statusCode).toBe(422);
  });

  it('lets people watch a record, and tells watchers of a comment', async () => {
    const problemMaker = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
    const problem = (
      await problemMaker.post('/api/v1/problems', {
        title: 'Sertifikat TLS kedaluwarsa',
        description: 'Beberapa subdomain memakai sertifikat lama.',
      })
    ).json();
    const watched = (await tier2.put(`/api/v1/records/${problem.id}/watchers/me`)).json();
    expect(watched.watching).toBe(true);
    expect(
      (await problemMaker.post(`/api/v1/records/${problem.id}/comments`, { body: 'Daftar subdomain terlampir', visibility: 'internal' }))
        .statusCode,
    ).toBe(204);
    const notices = (await tier2.get('/api/v1/notifications')).json();
    expect(notices.items[0]).toMatchObject({ code: 'record.commented', recordId: problem.id, body: 'Daftar subdomain terlampir' });
    expect((await tier2.delete(`/api/v1/records/${problem.id}/watchers/me`)).json().watching).toBe(false);
  });

  it('takes a request approval as a signed decision with a reason, verifiable afterwards', async () => {
    const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
    const services = (await admin.get('/api/v1/services?pageSize=100')).json().items as { id: string; name: string }[];
    let approvalType: { serviceId: string; id: string } | null = null;
    for (const s of services) {
      const detail = (await admin.get(`/api/v1/services/${s.id}`)).json();
      const rt = (detail.requestTypes ?? []).find((r: { requiresApproval: boolean }) => r.requiresApproval);
      if (rt) {
        approvalType = { serviceId: s.id, id: rt.id };
        break;
      }
    }
    expect(approvalType).not.toBeNull();
    const request = (
      await asn.post('/api/v1/tickets', {
        kind: 'request',
        serviceId: approvalType!.serviceId,
        requestTypeId: approvalType!.id,
        title: 'Permintaan akun baru',
        description: 'Mohon dibuatkan akun untuk pegawai baru.',
      })
    ).json();
    expect(request.status).toBe('awaiting_approval');
    const steps = (await asn.get(`/api/v1/records/${request.id}/approvals`)).json();
    expect(steps).toEqual([expect.objectContaining({ step: 1, status: 'pending', canDecide: false, quorum: 1 })]);
    const approver = await ApiClient.login(t.app, 'pj.layanan@demo.sigap.id');
    expect(
      (await asn.post(`/api/v1/records/${request.id}/approvals/decisions`, { decision: 'approved', reason: 'Saya setuju' })).json().code,
    ).toBe('ticket.action_not_allowed');
    expect(
      (await approver.post(`/api/v1/records/${request.id}/approvals/decisions`, { decision: 'approved', reason: '' })).statusCode,
    ).toBe(400);
    const decided = await approver.post(`/api/v1/records/${request.id}/approvals/decisions`, {
      decision: 'approved',
      reason: 'Sesuai kebutuhan unit',
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()[0]).toMatchObject({
      status: 'approved',
      decisions: [expect.objectContaining({ decision: 'approved', reason: 'Sesuai kebutuhan unit', algorithm: 'Ed25519', verified: true })],
    });
    expect((await approver.get(`/api/v1/tickets/${request.id}`)).json().status).toBe('new');
    // A tampered decision no longer verifies.
    await t.handle.db.updateTable('approval_decision').set({ reason: 'Diubah diam-diam' }).where('decision', '=', 'approved').execute();
    const tampered = (await approver.get(`/api/v1/records/${request.id}/approvals`)).json();
    expect(tampered[0].decisions[0].verified).toBe(true); // the signed payload is what is verified…
    await t.handle.db.updateTable('approval_decision').set({ signed_payload: 'x' }).where('decision', '=', 'approved').execute();
    expect((await approver.get(`/api/v1/records/${request.id}/approvals`)).json()[0].decisions[0].verified).toBe(false);
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
