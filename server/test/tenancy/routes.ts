import { uploadBody, type World } from './world';

/** Path parameters by name, e.g. `{ id, attachmentId }`. */
export type Params = Record<string, string>;

/** A JSON body, or a multipart upload (the attachment route). */
export type RequestBody = { json: object } | { multipart: { payload: Buffer; headers: Record<string, string> } };

/** Where a PD-scoped caller stands on the demo Pemda's own rows behind this route. */
export type PdScope =
  /** Rows of the caller's Pemda outside their PD scope; answered 404, or 403 where the route's permission scope refuses. */
  | { hidden: (w: World, caller: string) => Params[]; status?: 403 }
  /** Every user of the Pemda may read these rows: why there is nothing to hide. */
  | { pemdaWide: string };

export interface TenantRoute {
  kind: 'tenant';
  /** Ids of the other Pemda's rows (alone, or under a record of the caller's own Pemda). */
  foreign: (w: World, caller: string) => Params[];
  pd: PdScope;
  /** A valid body, so that nothing but the ids can be the reason for a refusal; `{}` when absent. */
  body?: (w: World, caller: string) => RequestBody;
}

/** The parameter is not a tenant's row: what it is, and what each caller gets (never the other Pemda's data). */
export interface UntenantedRoute {
  kind: 'not-tenant-data';
  why: string;
  params: Params;
  status: (caller: string, holds: boolean) => number;
  body?: () => RequestBody;
}

export type RouteFixture = TenantRoute | UntenantedRoute;

const json = (value: object): RequestBody => ({ json: value });
const open = [{ start: '08:00', end: '16:00' }];
const own = (w: World, caller: string) => {
  const id = w.home.ticketOf.get(caller);
  if (!id) throw new Error(`no ticket of ${caller}`);
  return id;
};

const service = (w: World) => ({
  name: 'Layanan Uji Lintas',
  description: 'Layanan untuk menguji batas antar-Pemda.',
  providerPdId: w.home.pds.diskominfo,
  accessInfo: 'https://uji.demo.sigap.id',
  availabilityTarget: 99,
  helpContact: 'servicedesk@demo.sigap.id',
  helpdeskHours: 'Senin–Jumat 08.00–16.00',
  serviceType: 'administrasi',
  classification: 'normal',
  calendarId: w.home.calendarId,
  active: true,
  version: 1,
});
const requestType = () => json({ name: 'Jenis uji lintas', fulfilmentMinutes: 60 });
const comment = () => json({ body: 'Mohon kabar perkembangannya.' });

const records = (w: World) => [{ id: w.foreign.ticketId }, { id: w.foreign.problemId }, { id: w.foreign.requestTicketId }];
const hiddenRecord: PdScope = { hidden: (w) => [{ id: w.home.hidden.ticketId }] };
const hiddenTicket: PdScope = hiddenRecord;
const catalogScope: PdScope = {
  hidden: (w) => [{ id: w.home.services.dinkes, requestTypeId: w.home.requestTypeId }],
  status: 403,
};
const adminOnly = 'only Pemda-wide roles hold the permission (the guard answers 403 to every PD-scoped caller)';

/** A deployment route: only the deployment's super-administrators pass the guard; every Pemda user gets 403 whatever the id. */
const deploymentOnly = (body?: () => RequestBody): UntenantedRoute => ({
  kind: 'not-tenant-data',
  why: 'the deployment’s own administration of Pemda; no Pemda user holds a deployment permission',
  params: { id: '00000000-0000-4000-8000-000000000000' },
  status: () => 403,
  ...(body ? { body } : {}),
});

/**
 * Every registered route with a path parameter, keyed `METHOD /path` (under /api/v1; HEAD walks
 * its GET's entry). The test fails for a route missing here, and for an entry no route matches.
 */
export const ROUTE_FIXTURES: Record<string, RouteFixture> = {
  'PUT /calendars/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.calendarId }],
    pd: { pemdaWide: adminOnly },
    body: () => json({ name: 'Jam Kerja Uji', alwaysOn: false, weeklyHours: [[], open, open, open, open, open, []], version: 1 }),
  },
  'DELETE /calendars/:id': { kind: 'tenant', foreign: (w) => [{ id: w.foreign.calendarId }], pd: { pemdaWide: adminOnly } },
  'DELETE /holidays/:id': { kind: 'tenant', foreign: (w) => [{ id: w.foreign.holidayId }], pd: { pemdaWide: adminOnly } },

  'GET /services/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.serviceId }],
    pd: { pemdaWide: 'the catalog is read by every user of the Pemda' },
  },
  'PUT /services/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.serviceId }],
    pd: catalogScope,
    body: (w) => json(service(w)),
  },
  'POST /services/:id/request-types': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.serviceId }],
    pd: catalogScope,
    body: requestType,
  },
  'PUT /services/:id/request-types/:requestTypeId': {
    kind: 'tenant',
    foreign: (w) => [
      { id: w.foreign.serviceId, requestTypeId: w.foreign.requestTypeId },
      { id: w.home.services.diskominfo, requestTypeId: w.foreign.requestTypeId },
    ],
    pd: catalogScope,
    body: requestType,
  },

  'GET /users/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.userId }, { id: w.foreign.adminId }],
    pd: { hidden: (w) => [{ id: w.home.users.pengguna }] },
  },
  'PUT /users/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.userId }, { id: w.foreign.adminId }],
    pd: { pemdaWide: adminOnly },
    body: () => json({ name: 'Nama Uji Lintas', email: 'uji.lintas@demo.sigap.id', active: true, version: 1 }),
  },
  'PUT /users/:id/password': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.userId }, { id: w.foreign.adminId }],
    pd: { pemdaWide: adminOnly },
    body: () => json({ password: 'kata-sandi-baru-123' }),
  },
  'POST /users/:id/roles': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.userId }, { id: w.foreign.adminId }],
    pd: { pemdaWide: adminOnly },
    body: () => json({ role: 'pengguna', perangkatDaerahId: null }),
  },
  'DELETE /users/:id/roles/:assignmentId': {
    kind: 'tenant',
    foreign: (w) => [
      { id: w.foreign.userId, assignmentId: w.foreign.roleAssignmentId },
      { id: w.home.users.pengguna, assignmentId: w.foreign.roleAssignmentId },
    ],
    pd: { pemdaWide: adminOnly },
  },

  'GET /perangkat-daerah/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.pdId }, { id: w.foreign.diskominfoId }],
    pd: { pemdaWide: 'the Pemda’s PDs are read by every user of the Pemda' },
  },
  'PUT /perangkat-daerah/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.pdId }, { id: w.foreign.diskominfoId }],
    pd: { pemdaWide: adminOnly },
    body: () => json({ name: 'Dinas Uji Lintas', shortName: 'UjiLintas', type: 'dinas', active: true, version: 1 }),
  },
  'DELETE /perangkat-daerah/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.pdId }],
    pd: { pemdaWide: adminOnly },
  },

  'POST /notifications/:id/read': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.notificationId }],
    pd: { hidden: (w) => [{ id: w.home.hidden.notificationId }] },
  },

  'GET /problems/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.problemId }],
    pd: { pemdaWide: 'problems and known errors are read by every holder of problems.read in the Pemda (SPEC §3.7)' },
  },
  'POST /problems/:id/actions': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.problemId }],
    pd: { pemdaWide: 'readable Pemda-wide; who may act is the workflow’s relation (manager/assignee), not visibility' },
    body: () => json({ action: 'start_analysis', version: 1 }),
  },

  'GET /tickets/:id': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.ticketId }, { id: w.foreign.requestTicketId }],
    pd: hiddenTicket,
  },
  'GET /tickets/:id/agents': { kind: 'tenant', foreign: (w) => [{ id: w.foreign.ticketId }], pd: hiddenTicket },
  'POST /tickets/:id/actions': {
    kind: 'tenant',
    foreign: (w) => [{ id: w.foreign.ticketId }, { id: w.foreign.requestTicketId }],
    pd: hiddenTicket,
    body: () => json({ action: 'comment', body: 'Mohon kabar perkembangannya.', version: 1 }),
  },
  'GET /public/tickets/:code': {
    kind: 'not-tenant-data',
    why: 'a tracking code is the reporter’s bearer secret, valid without a session in any Pemda; an unknown code is 404',
    params: { code: '0000000000' },
    status: () => 404,
  },
  'POST /public/tickets/:code/actions': {
    kind: 'not-tenant-data',
    why: 'a tracking code is the reporter’s bearer secret, valid without a session in any Pemda; an unknown code is 404',
    params: { code: '0000000000' },
    status: () => 404,
    body: () => json({ action: 'comment', body: 'Mohon kabar perkembangannya.', version: 1 }),
  },

  'GET /jobs/:name/runs': {
    kind: 'not-tenant-data',
    why: 'a job name is the deployment’s; per-Pemda runs are filtered by the reader’s Pemda (a foreign run is seeded)',
    params: { name: 'escalation' },
    status: (_caller, holds) => (holds ? 200 : 403),
  },

  'GET /deployment/pemda/:id': deploymentOnly(),
  'PUT /deployment/pemda/:id': deploymentOnly(() =>
    json({ name: 'Kabupaten Uji Batas', kind: 'kabupaten', timeZone: 'Asia/Jakarta', version: 1 }),
  ),
  'POST /deployment/pemda/:id/suspend': deploymentOnly(() => json({ reason: 'Uji batas peran', version: 1 })),
  'POST /deployment/pemda/:id/reactivate': deploymentOnly(() => json({ version: 1 })),

  'GET /records/:id': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'GET /records/:id/candidates': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'POST /records/:id/comments': { kind: 'tenant', foreign: records, pd: hiddenRecord, body: comment },
  'GET /records/:id/attachments': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'POST /records/:id/attachments': {
    kind: 'tenant',
    foreign: records,
    pd: hiddenRecord,
    body: () => ({ multipart: uploadBody() }),
  },
  'GET /records/:id/attachments/:attachmentId': {
    kind: 'tenant',
    foreign: (w, caller) => [
      { id: w.foreign.ticketId, attachmentId: w.foreign.attachmentId },
      { id: own(w, caller), attachmentId: w.foreign.attachmentId },
    ],
    pd: {
      hidden: (w, caller) => [
        { id: w.home.hidden.ticketId, attachmentId: w.home.hidden.attachmentId },
        { id: own(w, caller), attachmentId: w.home.hidden.attachmentId },
      ],
    },
  },
  'GET /records/:id/links': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'POST /records/:id/links': {
    kind: 'tenant',
    foreign: records,
    pd: hiddenRecord,
    body: (w, caller) => json({ targetId: own(w, caller), linkType: 'relates_to' }),
  },
  'DELETE /records/:id/links/:linkId': {
    kind: 'tenant',
    foreign: (w, caller) => [
      { id: w.foreign.ticketId, linkId: w.foreign.linkId },
      { id: own(w, caller), linkId: w.foreign.linkId },
    ],
    pd: {
      hidden: (w, caller) => [
        { id: w.home.hidden.ticketId, linkId: w.home.hidden.linkId },
        { id: own(w, caller), linkId: w.home.hidden.linkId },
      ],
    },
  },
  'GET /records/:id/watchers': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'PUT /records/:id/watchers/me': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'DELETE /records/:id/watchers/me': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'GET /records/:id/approvals': { kind: 'tenant', foreign: records, pd: hiddenRecord },
  'POST /records/:id/approvals/decisions': {
    kind: 'tenant',
    foreign: records,
    pd: hiddenRecord,
    body: () => json({ decision: 'approved', reason: 'Sesuai kebutuhan unit' }),
  },
};
