import { z } from 'zod';
import { ApiClient, seedOtherPemda, type TestApp } from '../harness';

/** Every name the other Pemda's rows carry includes this mark, so a body that shows one is caught. */
export const FOREIGN_MARK = 'ZZLAIN';
/** The mark of the rows in the demo Pemda that a PD-scoped reader must not see. */
export const HIDDEN_MARK = 'ZZRAHASIA';

const Created = z.object({ id: z.uuid() });

/** The other Pemda's rows of every kind, created through its administrator's session. */
export interface ForeignRows {
  pemdaId: string;
  adminId: string;
  diskominfoId: string;
  pdId: string;
  userId: string;
  roleAssignmentId: string;
  calendarId: string;
  holidayId: string;
  serviceId: string;
  requestTypeId: string;
  ticketId: string;
  requestTicketId: string;
  problemId: string;
  attachmentId: string;
  linkId: string;
  notificationId: string;
  /** Every id above: none may appear in an answer to the demo Pemda's users. */
  ids: string[];
}

/** Rows of the demo Pemda that bodies refer to, and the rows a PD-scoped reader may not see. */
export interface HomeRows {
  pds: { diskominfo: string; dinkes: string; disdik: string };
  calendarId: string;
  /** Services by their providing PD: Diskominfo (any reader), Dinkes (outside Pimpinan Diskominfo's catalog scope). */
  services: { diskominfo: string; dinkes: string; dukcapil: string };
  requestTypeId: string;
  users: { pengguna: string; tier2: string; koordinatorGangguan: string };
  /** A ticket each caller reported, so it can be a link's target or the record under a foreign sub-id. */
  ticketOf: Map<string, string>;
  problemId: string;
  /** Handled by Disdukcapil, reported for Disdik: neither Tier 1 Dinkes nor Pimpinan Diskominfo may see it. */
  hidden: { ticketId: string; attachmentId: string; linkId: string; notificationId: string; ids: string[] };
}

export interface World {
  foreign: ForeignRows;
  home: HomeRows;
}

function multipartPdf(filename: string) {
  const boundary = `----sigap${Math.random().toString(16).slice(2)}`;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(512, 7)]);
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), pdf, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads a small PDF to a record and answers the attachment's id. */
export async function attachPdf(client: ApiClient, recordId: string, filename: string): Promise<string> {
  const m = multipartPdf(filename);
  const res = await client.request('POST', `/api/v1/records/${recordId}/attachments`, m.payload, m.headers);
  if (res.statusCode !== 201) throw new Error(`attach ${res.statusCode} ${res.body}`);
  return Created.parse(res.json()).id;
}

/** A multipart body with one PDF, for the walk's upload route. */
export const uploadBody = () => multipartPdf('bukti.pdf');

async function seedForeign(t: TestApp): Promise<ForeignRows> {
  const seeded = await seedOtherPemda(t.handle, 'admin@lain.go.id');
  const admin = await ApiClient.login(t.app, 'admin@lain.go.id');
  const api = admin.api;
  const pd = await api.POST('/perangkat-daerah', {
    body: { name: `Dinas Kesehatan ${FOREIGN_MARK}`, shortName: 'ZZDinkes', type: 'dinas' },
  });
  const [calendar] = await api.GET('/calendars');
  if (!calendar) throw new Error('the other Pemda has no calendar');
  const holiday = await api.POST('/holidays', { body: { date: '2026-08-21', name: `Hari Jadi ${FOREIGN_MARK}`, kind: 'daerah' } });
  const user = await api.POST('/users', {
    body: {
      name: `Petugas ${FOREIGN_MARK}`,
      email: 'petugas@lain.go.id',
      password: 'rahasia-lain-123',
      perangkatDaerahId: seeded.pdId,
      roles: [
        { role: 'service_desk_t2', perangkatDaerahId: seeded.pdId },
        { role: 'koordinator_gangguan_masalah', perangkatDaerahId: null },
      ],
    },
  });
  // The administrator also takes a role holding problems.manage, to raise a problem below.
  await api.POST('/users/{id}/roles', {
    params: { path: { id: seeded.userId } },
    body: { role: 'koordinator_gangguan_masalah', perangkatDaerahId: null },
  });
  const service = await api.POST('/services', {
    body: {
      name: `Layanan ${FOREIGN_MARK}`,
      description: `Layanan uji milik Pemda lain ${FOREIGN_MARK}.`,
      providerPdId: seeded.pdId,
      serviceAdminIds: [user.id],
      accessInfo: 'https://lain.go.id',
      availabilityTarget: 99,
      helpContact: 'servicedesk@lain.go.id',
      helpdeskHours: 'Senin–Jumat 08.00–16.00',
      serviceType: 'administrasi',
      classification: 'normal',
      calendarId: calendar.id,
      publicReporting: true,
      requestTypes: [{ name: `Permintaan ${FOREIGN_MARK}`, fulfilmentMinutes: 60, requiresApproval: true }],
    },
  });
  const requestType = service.requestTypes[0];
  if (!requestType) throw new Error('the other Pemda service has no request type');
  const ticket = await api.POST('/tickets', {
    body: {
      kind: 'incident',
      serviceId: service.id,
      title: `Gangguan ${FOREIGN_MARK}`,
      description: `Aplikasi ${FOREIGN_MARK} tidak dapat dibuka sejak pagi.`,
    },
  });
  const request = await api.POST('/tickets', {
    body: {
      kind: 'request',
      serviceId: service.id,
      requestTypeId: requestType.id,
      title: `Permohonan ${FOREIGN_MARK}`,
      description: `Mohon akun baru untuk ${FOREIGN_MARK}.`,
    },
  });
  const problem = await api.POST('/problems', {
    body: {
      title: `Masalah ${FOREIGN_MARK}`,
      description: `Gangguan berulang pada ${FOREIGN_MARK}.`,
      serviceId: service.id,
      incidentIds: [ticket.id],
    },
  });
  const [link] = await api.GET('/records/{id}/links', { params: { path: { id: ticket.id } } });
  if (!link) throw new Error('the problem did not link its incident');
  const attachmentId = await attachPdf(admin, ticket.id, `bukti-${FOREIGN_MARK}.pdf`);
  const notification = await t.handle.db
    .selectFrom('notification')
    .select('id')
    .where('pemda_id', '=', seeded.pemdaId)
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  // Job runs are written by the scheduler, not the API: one as a per-Pemda run of the other Pemda.
  const now = new Date();
  await t.handle.db
    .insertInto('job_run')
    .values({
      job_name: 'escalation',
      pemda_id: seeded.pemdaId,
      started_at: now,
      finished_at: now,
      outcome: 'succeeded',
      host: FOREIGN_MARK,
      pid: 1,
    })
    .execute();
  const roleAssignment = user.roles[0];
  if (!roleAssignment) throw new Error('the other Pemda user has no role');
  const rows = {
    pemdaId: seeded.pemdaId,
    adminId: seeded.userId,
    diskominfoId: seeded.pdId,
    pdId: pd.id,
    userId: user.id,
    roleAssignmentId: roleAssignment.id,
    calendarId: calendar.id,
    holidayId: holiday.id,
    serviceId: service.id,
    requestTypeId: requestType.id,
    ticketId: ticket.id,
    requestTicketId: request.id,
    problemId: problem.id,
    attachmentId,
    linkId: link.id,
    notificationId: notification.id,
  };
  return { ...rows, ids: Object.values(rows) };
}

const idByName = (items: readonly { id: string; name: string }[], name: string) => {
  const found = items.find((i) => i.name.includes(name));
  if (!found) throw new Error(`no ${name} in the demo Pemda`);
  return found.id;
};

async function seedHome(t: TestApp, callers: Map<string, ApiClient>): Promise<HomeRows> {
  const admin = await ApiClient.login(t.app, 'admin@demo.sigap.id');
  const pds = (await admin.api.GET('/perangkat-daerah', { params: { query: { pageSize: 100 } } })).items;
  const [calendar] = await admin.api.GET('/calendars');
  if (!calendar) throw new Error('the demo Pemda has no calendar');
  const services = (await admin.api.GET('/services', { params: { query: { pageSize: 100 } } })).items;
  const users = (await admin.api.GET('/users', { params: { query: { pageSize: 100 } } })).items;
  const userId = (email: string) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`no demo user ${email}`);
    return found.id;
  };
  const intra = idByName(services, 'Jaringan Intra');
  const withType = services.find((s) => s.requestTypes.length > 0);
  const requestTypeId = withType?.requestTypes[0]?.id;
  if (!requestTypeId) throw new Error('no demo request type');
  const ticketOf = new Map<string, string>();
  for (const [email, client] of callers) {
    const own = await client.api.POST('/tickets', {
      body: { kind: 'incident', serviceId: intra, title: 'Jaringan lantai dua putus', description: 'Tidak ada koneksi di ruang rapat.' },
    });
    ticketOf.set(email, own.id);
  }
  const problem = await (
    await ApiClient.login(t.app, 'koordinator.gangguan@demo.sigap.id')
  ).api.POST('/problems', { body: { title: 'Sertifikat kedaluwarsa', description: 'Beberapa subdomain memakai sertifikat lama.' } });

  // Recorded by the Pemda-wide coordinator for a caller from Disdik (no Tier 1): handled by Disdukcapil,
  // whose desk is staffed for this (an empty desk would send it to Tier 2 at Diskominfo).
  const coordinator = await ApiClient.login(t.app, 'koordinator.sd@demo.sigap.id');
  const disdik = idByName(pds, 'Dinas Pendidikan');
  const dukcapil = idByName(pds, 'Kependudukan');
  const dukcapilService = idByName(services, 'Adminduk');
  await admin.api.POST('/users', {
    body: {
      name: 'Petugas Disdukcapil',
      email: 'tier1.dukcapil@demo.sigap.id',
      password: 'sigap-demo-dukcapil',
      perangkatDaerahId: dukcapil,
      roles: [{ role: 'service_desk_t1', perangkatDaerahId: dukcapil }],
    },
  });
  const record = (title: string) =>
    coordinator.api.POST('/tickets/record', {
      body: {
        kind: 'incident',
        serviceId: dukcapilService,
        channel: 'phone',
        title,
        description: `Laporan telepon ${HIDDEN_MARK} dari sekolah.`,
        reporter: { name: `Guru ${HIDDEN_MARK}`, perangkatDaerahId: disdik },
      },
    });
  const hidden = await record(`Adminduk ${HIDDEN_MARK} lambat`);
  const sibling = await record(`Adminduk ${HIDDEN_MARK} galat`);
  const [link] = await coordinator.api.POST('/records/{id}/links', {
    params: { path: { id: hidden.id } },
    body: { targetId: sibling.id, linkType: 'relates_to' },
  });
  if (!link) throw new Error('no link on the hidden ticket');
  const attachmentId = await attachPdf(coordinator, hidden.id, `surat-${HIDDEN_MARK}.pdf`);
  // Someone else's notice: Tier 2 is told of every ticket on a Diskominfo service (the callers' own above).
  const notice = await t.handle.db
    .selectFrom('notification')
    .select('id')
    .where('user_id', '=', userId('tier2@demo.sigap.id'))
    .executeTakeFirstOrThrow();
  return {
    pds: { diskominfo: idByName(pds, 'Komunikasi dan Informatika'), dinkes: idByName(pds, 'Dinas Kesehatan'), disdik },
    calendarId: calendar.id,
    services: { diskominfo: intra, dinkes: idByName(services, 'SIMPUS'), dukcapil: dukcapilService },
    requestTypeId,
    users: {
      pengguna: userId('pengguna@demo.sigap.id'),
      tier2: userId('tier2@demo.sigap.id'),
      koordinatorGangguan: userId('koordinator.gangguan@demo.sigap.id'),
    },
    ticketOf,
    problemId: problem.id,
    hidden: {
      ticketId: hidden.id,
      attachmentId,
      linkId: link.id,
      notificationId: notice.id,
      ids: [hidden.id, sibling.id, attachmentId, link.id],
    },
  };
}

/** Seeds both Pemdas; `callers` are the demo Pemda's signed-in users the walk calls as. */
export async function seedWorld(t: TestApp, callers: Map<string, ApiClient>): Promise<World> {
  const foreign = await seedForeign(t);
  const home = await seedHome(t, callers);
  return { foreign, home };
}
