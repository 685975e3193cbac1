import { Me, ProblemPage, ProblemRecord, RecordLink, ServicePage, Ticket } from '@sigap/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, body, first, problemOf, startTestApp, type TestApp } from '../../../test/harness';

/** What these tests read of the notification list. */
const Notifications = z.object({
  items: z.array(z.object({ code: z.string(), recordId: z.string().nullable(), recordKind: z.string().nullable(), title: z.string() })),
});
/** Matches any string (vitest types its asymmetric matchers as `any`). */
const aString: unknown = expect.any(String);

let t: TestApp;
let koordinator: ApiClient;
let asn: ApiClient;
let serviceId: string;
beforeAll(async () => {
  t = await startTestApp();
  koordinator = await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id');
  asn = await ApiClient.login(t.app, 'pengguna@demo.sigap.id');
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  serviceId = first(body(await admin.get('/api/v1/services?q=Intra'), ServicePage).items).id;
});
afterAll(() => t.close());

const incident = async (title: string) =>
  body(
    await asn.post('/api/v1/tickets', {
      kind: 'incident',
      serviceId,
      title,
      description: 'Jaringan intranet putus di lantai 2 sejak pagi.',
      impact: 'mayor',
      urgency: 2,
    }),
    Ticket,
  );

describe('problems on the record platform', () => {
  it('raises a problem from incidents, numbered PRB-year, linked to them, and walks it to a known error and closure', async () => {
    const a = await incident('Intranet putus lantai 2');
    const b = await incident('Intranet putus lagi di lantai 2');
    const created = await koordinator.post('/api/v1/problems', {
      title: 'Intranet lantai 2 sering putus',
      description: 'Tiga gangguan serupa dalam seminggu pada switch lantai 2.',
      serviceId,
      impact: 'mayor',
      urgency: 2,
      incidentIds: [a.id, b.id],
    });
    expect(created.statusCode).toBe(201);
    const problem = body(created, ProblemRecord);
    expect(problem.number).toMatch(/^PRB-\d{4}-\d{6}$/);
    expect(problem).toMatchObject({ status: 'new', origin: 'incidents', priority: aString });
    expect(problem.allowedActions).toEqual(expect.arrayContaining(['start_analysis', 'assign', 'record_analysis']));

    const links = body(await koordinator.get(`/api/v1/records/${problem.id}/links`), z.array(RecordLink));
    expect(links.map((l) => [l.name, l.record.number]).sort()).toEqual(
      [
        ['causes', a.number],
        ['causes', b.number],
      ].sort(),
    );
    const fromIncident = body(await asn.get(`/api/v1/records/${a.id}/links`), z.array(RecordLink));
    expect(fromIncident).toEqual([]); // the reporter may not read problems

    let p = body(
      await koordinator.post(`/api/v1/problems/${problem.id}/actions`, { action: 'start_analysis', version: problem.version }),
      ProblemRecord,
    );
    expect(p.status).toBe('analysis');
    const stale = await koordinator.post(`/api/v1/problems/${problem.id}/actions`, { action: 'start_analysis', version: problem.version });
    expect(problemOf(stale).code).toBe('conflict.version');
    p = body(
      await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
        action: 'record_analysis',
        symptom: 'Port uplink berkedip',
        cause: null,
        causeCategory: 'technology',
        whys: ['Switch restart', 'Catu daya tidak stabil'],
        version: p.version,
      }),
      ProblemRecord,
    );
    expect(p).toMatchObject({
      symptom: 'Port uplink berkedip',
      causeCategory: 'technology',
      whys: ['Switch restart', 'Catu daya tidak stabil'],
    });
    p = body(
      await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
        action: 'publish_known_error',
        cause: 'Catu daya switch rusak',
        workaround: 'Pindahkan kabel ke switch cadangan',
        version: p.version,
      }),
      ProblemRecord,
    );
    expect(p.status).toBe('known_error');
    p = body(
      await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
        action: 'resolve',
        resolution: 'Catu daya diganti',
        version: p.version,
      }),
      ProblemRecord,
    );
    p = body(await koordinator.post(`/api/v1/problems/${problem.id}/actions`, { action: 'close', version: p.version }), ProblemRecord);
    expect(p.status).toBe('closed');
    expect(p.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['created', 'status', 'analysed', 'known_error_published', 'resolved']),
    );
    const list = body(await koordinator.get('/api/v1/problems?status=all'), ProblemPage);
    expect(list.items.map((i) => i.id)).toContain(problem.id);
    expect(body(await koordinator.get('/api/v1/problems'), ProblemPage).items.map((i) => i.id)).not.toContain(problem.id);
  });

  it('is read only by those who work incidents, and assigned only to someone who may manage it', async () => {
    expect((await asn.get('/api/v1/problems')).statusCode).toBe(403);
    const problem = body(
      await koordinator.post('/api/v1/problems', {
        title: 'Aplikasi lambat tiap Senin',
        description: 'Proaktif: beban puncak tiap Senin pagi.',
      }),
      ProblemRecord,
    );
    expect(problem.origin).toBe('proactive');
    expect((await asn.get(`/api/v1/problems/${problem.id}`)).statusCode).toBe(403);
    expect((await asn.get(`/api/v1/records/${problem.id}`)).statusCode).toBe(404);
    const asnId = body(await asn.get('/api/v1/me'), Me).user.id;
    const wrong = await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
      action: 'assign',
      assigneeId: asnId,
      version: problem.version,
    });
    expect(wrong.statusCode).toBe(400);
    const tier2 = await ApiClient.login(t.app, 'tier2@demo.sigap.id');
    const tier2Id = body(await tier2.get('/api/v1/me'), Me).user.id;
    const assigned = await koordinator.post(`/api/v1/problems/${problem.id}/actions`, {
      action: 'assign',
      assigneeId: tier2Id,
      version: problem.version,
    });
    expect(body(assigned, ProblemRecord), assigned.body).toMatchObject({ assigneeName: aString });
    const notices = body(await tier2.get('/api/v1/notifications'), Notifications);
    expect(notices.items[0]).toMatchObject({ code: 'record.assigned', recordId: problem.id, recordKind: 'problem' });
    expect(first(notices.items).title).toContain(problem.number);
    const inEnglish = body(await tier2.request('GET', '/api/v1/notifications', undefined, { 'accept-language': 'en' }), Notifications);
    expect(first(inEnglish.items).title).toBe(`${problem.number} was assigned to you`);
  });
});
