import type { World } from './world';

/** The demo Pemda's users that write with a reference to the other Pemda in the body. */
export const WRITERS = [
  'admin@demo.sigap.id',
  'pengguna@demo.sigap.id',
  'koordinator.sd@demo.sigap.id',
  'koordinator.gangguan@demo.sigap.id',
  'tier2@demo.sigap.id',
] as const;
export type Writer = (typeof WRITERS)[number];

/** A write on the caller's own rows whose body names one of the other Pemda's rows. */
export interface BodyRefCase {
  who: Writer;
  method: 'POST' | 'PUT';
  path: string;
  body: object;
  /** 400 where the use case checks the field, 404 where it names a record to open, 422 where a rule refuses it. */
  want: 400 | 404 | 422;
}

/** Current versions of the rows the PUT cases update (optimistic locking must not be the reason). */
export interface Versions {
  service: number;
  pengguna: number;
  dinkes: number;
  /** The Diskominfo ticket Tier 2 handles, and the problem, for assign actions. */
  ticket: { id: string; version: number };
  problem: number;
}

const incident = { kind: 'incident', title: 'Aplikasi tidak bisa dibuka', description: 'Muncul galat setiap kali masuk.' };
const reporter = { name: 'Warga Pelapor' };

export function bodyRefCases(w: World, v: Versions): BodyRefCase[] {
  const f = w.foreign;
  const h = w.home;
  const service = {
    name: 'Layanan Uji Rujukan',
    description: 'Layanan untuk menguji rujukan lintas Pemda.',
    providerPdId: h.pds.diskominfo,
    serviceAdminIds: [],
    accessInfo: 'https://uji.demo.sigap.id',
    availabilityTarget: 99,
    helpContact: 'servicedesk@demo.sigap.id',
    helpdeskHours: 'Senin–Jumat 08.00–16.00',
    serviceType: 'administrasi',
    classification: 'normal',
    calendarId: h.calendarId,
  };
  const user = { name: 'Pegawai Uji', email: 'pegawai.uji@demo.sigap.id', password: 'kata-sandi-uji-123' };
  const pd = { name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas', active: true, version: v.dinkes };
  const recorded = { ...incident, serviceId: h.services.diskominfo, channel: 'phone' };
  return [
    // Tickets: the service, the request type, the reporter's PD or account, the assignee.
    { who: 'pengguna@demo.sigap.id', method: 'POST', path: '/tickets', body: { ...incident, serviceId: f.serviceId }, want: 400 },
    {
      who: 'pengguna@demo.sigap.id',
      method: 'POST',
      path: '/tickets',
      body: { ...incident, kind: 'request', serviceId: h.services.diskominfo, requestTypeId: f.requestTypeId },
      want: 400,
    },
    {
      who: 'koordinator.sd@demo.sigap.id',
      method: 'POST',
      path: '/tickets/record',
      body: { ...recorded, reporter: { ...reporter, perangkatDaerahId: f.pdId } },
      want: 400,
    },
    {
      who: 'koordinator.sd@demo.sigap.id',
      method: 'POST',
      path: '/tickets/record',
      body: { ...recorded, reporter: { ...reporter, userId: f.userId } },
      want: 400,
    },
    {
      who: 'koordinator.sd@demo.sigap.id',
      method: 'POST',
      path: '/tickets/record',
      body: { ...recorded, serviceId: f.serviceId, reporter },
      want: 400,
    },
    {
      who: 'tier2@demo.sigap.id',
      method: 'POST',
      path: `/tickets/${v.ticket.id}/actions`,
      body: { action: 'assign', assigneeId: f.userId, version: v.ticket.version },
      want: 400,
    },
    // Problems: the service, the incidents, the assignee.
    {
      who: 'koordinator.gangguan@demo.sigap.id',
      method: 'POST',
      path: '/problems',
      body: { title: 'Masalah uji rujukan', description: 'Rujukan ke layanan Pemda lain.', serviceId: f.serviceId },
      want: 400,
    },
    {
      who: 'koordinator.gangguan@demo.sigap.id',
      method: 'POST',
      path: '/problems',
      body: { title: 'Masalah uji rujukan', description: 'Rujukan ke tiket Pemda lain.', incidentIds: [f.ticketId] },
      want: 400,
    },
    {
      who: 'koordinator.gangguan@demo.sigap.id',
      method: 'POST',
      path: `/problems/${h.problemId}/actions`,
      body: { action: 'assign', assigneeId: f.userId, version: v.problem },
      want: 400,
    },
    // Links: the target record.
    {
      who: 'admin@demo.sigap.id',
      method: 'POST',
      path: `/records/${v.ticket.id}/links`,
      body: { targetId: f.ticketId, linkType: 'relates_to' },
      want: 404,
    },
    {
      who: 'koordinator.gangguan@demo.sigap.id',
      method: 'POST',
      path: `/records/${h.problemId}/links`,
      body: { targetId: f.problemId, linkType: 'relates_to' },
      want: 404,
    },
    // Catalog: the provider PD, the calendar, the staff.
    { who: 'admin@demo.sigap.id', method: 'POST', path: '/services', body: { ...service, providerPdId: f.diskominfoId }, want: 400 },
    { who: 'admin@demo.sigap.id', method: 'POST', path: '/services', body: { ...service, calendarId: f.calendarId }, want: 400 },
    { who: 'admin@demo.sigap.id', method: 'POST', path: '/services', body: { ...service, serviceAdminIds: [f.userId] }, want: 400 },
    {
      who: 'admin@demo.sigap.id',
      method: 'PUT',
      path: `/services/${h.services.diskominfo}`,
      body: { ...service, name: 'Jaringan Intra Uji', infraAdminIds: [f.adminId], active: true, version: v.service },
      want: 400,
    },
    // Users: the home PD, a role's PD.
    { who: 'admin@demo.sigap.id', method: 'POST', path: '/users', body: { ...user, perangkatDaerahId: f.pdId }, want: 400 },
    {
      who: 'admin@demo.sigap.id',
      method: 'POST',
      path: '/users',
      body: { ...user, roles: [{ role: 'service_desk_t1', perangkatDaerahId: f.pdId }] },
      want: 400,
    },
    {
      who: 'admin@demo.sigap.id',
      method: 'POST',
      path: `/users/${h.users.pengguna}/roles`,
      body: { role: 'service_desk_t1', perangkatDaerahId: f.pdId },
      want: 400,
    },
    {
      who: 'admin@demo.sigap.id',
      method: 'PUT',
      path: `/users/${h.users.pengguna}`,
      body: { name: 'Budi Santoso', email: 'pengguna@demo.sigap.id', perangkatDaerahId: f.pdId, active: true, version: v.pengguna },
      want: 400,
    },
    // Organisation: a PD's parent.
    {
      who: 'admin@demo.sigap.id',
      method: 'POST',
      path: '/perangkat-daerah',
      body: { name: 'UPT Uji Rujukan', shortName: 'UPTUji', type: 'lainnya', parentId: f.diskominfoId },
      want: 422,
    },
    {
      who: 'admin@demo.sigap.id',
      method: 'PUT',
      path: `/perangkat-daerah/${h.pds.dinkes}`,
      body: { ...pd, parentId: f.pdId },
      want: 422,
    },
  ];
}

/** Reads filtered by the other Pemda's ids or names: answered, but with none of its rows. */
export function foreignFilterReads(w: World): { who: Writer; path: string }[] {
  const f = w.foreign;
  return [
    { who: 'admin@demo.sigap.id', path: `/users?perangkatDaerahId=${f.diskominfoId}` },
    { who: 'admin@demo.sigap.id', path: `/services?providerPdId=${f.diskominfoId}` },
    { who: 'admin@demo.sigap.id', path: '/perangkat-daerah?q=ZZLAIN' },
    { who: 'koordinator.sd@demo.sigap.id', path: `/tickets?status=all&perangkatDaerahId=${f.diskominfoId}` },
    { who: 'koordinator.sd@demo.sigap.id', path: `/tickets?status=all&assigneeId=${f.userId}` },
    { who: 'koordinator.sd@demo.sigap.id', path: '/tickets?status=all&q=ZZLAIN' },
    { who: 'koordinator.gangguan@demo.sigap.id', path: '/records?q=ZZLAIN' },
    { who: 'koordinator.gangguan@demo.sigap.id', path: '/problems?status=all&q=ZZLAIN' },
  ];
}
