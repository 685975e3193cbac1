import { randomUUID } from 'node:crypto';
import { uuidv7 } from '../../server/src/platform/db/uuid7';
import {
  DEFAULT_POLICY,
  DEFAULT_WEEKLY_HOURS,
  priorityOf,
  ticketTargets,
  type Classification,
  type RoleCode,
  type ServiceType,
  type WorkingCalendar,
} from '@sigap/core';
import type { Insertable, Kysely } from 'kysely';
import { hashPassword } from '../../server/src/platform/auth/password';
import type { Database, TicketTable } from '../../server/src/platform/db/schema';
import { HOLIDAYS_2026 } from '../../server/src/modules/calendar';
import { provisionPemda } from '../../server/src/modules/provisioning';
import { must } from './must';
import { Random } from './random';
import { COMMENTS, DESCRIPTIONS, INCIDENT_TITLES, PD_NAMES, REQUEST_TITLES, SERVICE_WORDS } from './vocabulary';

export const BENCH_PASSWORD = 'sigap-bench';
const DAY = 86_400_000;
const YEARS = 3;

export interface GeneratedFacts {
  scale: number;
  pemdas: number;
  perangkatDaerah: number;
  users: number;
  services: number;
  tickets: number;
  events: number;
  attachments: number;
  openTickets: number;
  /** The busiest Pemda's accounts, for the load driver. */
  agentEmail: string;
  reporterEmail: string;
  adminEmail: string;
  seconds: number;
}

async function insertMany<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[], batch: number) {
  for (let i = 0; i < rows.length; i += batch) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + batch))
      .execute();
  }
}

/**
 * Fills a migrated, empty database: ≥5 Pemda with ≥44 PDs each, ≥10k users, ≥500 services and
 * `scale` tickets over three years with their timelines, comments and attachment metadata.
 */
export async function generate(db: Kysely<Database>, scale: number, log: (m: string) => void): Promise<GeneratedFacts> {
  const started = Date.now();
  const rnd = new Random(20261123);
  const pemdaCount = Math.max(5, Math.ceil(scale / 250_000));
  const userCount = Math.max(10_000, Math.ceil(scale / 50));
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const pemdas: {
    id: string;
    diskominfo: string;
    pds: string[];
    services: { id: string; pd: string; type: ServiceType; cls: Classification; always: boolean; rt: string | null; rtMinutes: number }[];
    reporters: string[];
    agents: Map<string, string[]>;
    tier2: string[];
    infra: string;
  }[] = [];
  for (let p = 0; p < pemdaCount; p++) {
    const created = await provisionPemda(db, {
      name: `Kabupaten Uji ${p + 1}`,
      kind: 'kabupaten',
      timeZone: p % 3 === 0 ? 'Asia/Jakarta' : p % 3 === 1 ? 'Asia/Makassar' : 'Asia/Jayapura',
      adminEmail: `admin@pemda${p + 1}.bench.sigap.id`,
      adminName: `Administrator Pemda ${p + 1}`,
      adminPassword: BENCH_PASSWORD,
    });
    await db.updateTable('app_user').set({ password_hash: passwordHash }).where('id', '=', created.adminId).execute();
    const pdRows = PD_NAMES.map((name, i) => ({
      id: randomUUID(),
      pemda_id: created.pemdaId,
      name,
      short_name: `PD${p + 1}-${i + 1}`,
      type: name.startsWith('Kec') ? 'kecamatan' : name.startsWith('Kel') ? 'kelurahan' : name.startsWith('Badan') ? 'badan' : 'dinas',
      is_diskominfo: false,
      parent_id: null,
    }));
    await insertMany(db, 'perangkat_daerah', pdRows, 500);
    pemdas.push({
      id: created.pemdaId,
      diskominfo: created.diskominfoId,
      pds: [created.diskominfoId, ...pdRows.map((r) => r.id)],
      services: [],
      reporters: [],
      agents: new Map(),
      tier2: [],
      infra: '',
    });
  }
  log(`${pemdaCount} Pemda, ${pemdas.reduce((n, p) => n + p.pds.length, 0)} PD`);

  // Users: 3 desk staff per PD, 10 Tier 2 at each Diskominfo, the rest service users (ASN).
  const users: Insertable<Database['app_user']>[] = [];
  const roles: Insertable<Database['role_assignment']>[] = [];
  let u = 0;
  const addUser = (pemda: (typeof pemdas)[number], pd: string, role: RoleCode, scopePd: string | null) => {
    const id = randomUUID();
    u += 1;
    const email = `u${u}@pemda${pemdas.indexOf(pemda) + 1}.bench.sigap.id`;
    users.push({
      id,
      pemda_id: pemda.id,
      name: `Pegawai ${u}`,
      email,
      nip: null,
      phone: null,
      perangkat_daerah_id: pd,
      password_hash: passwordHash,
    });
    roles.push({ pemda_id: pemda.id, user_id: id, role, perangkat_daerah_id: scopePd });
    return { id, email };
  };
  for (const pemda of pemdas) {
    for (let i = 0; i < 10; i++) pemda.tier2.push(addUser(pemda, pemda.diskominfo, 'service_desk_t2', pemda.diskominfo).email);
    addUser(pemda, pemda.diskominfo, 'pj_layanan', pemda.diskominfo);
    pemda.infra = addUser(pemda, pemda.diskominfo, 'admin_infra_aplikasi', pemda.diskominfo).id;
    addUser(pemda, pemda.diskominfo, 'pimpinan_pd', pemda.diskominfo);
    for (const pd of pemda.pds) {
      const desk = [
        addUser(pemda, pd, 'service_desk_t1', pd).id,
        addUser(pemda, pd, 'service_desk_t1', pd).id,
        addUser(pemda, pd, 'admin_layanan', pd).id,
      ];
      pemda.agents.set(pd, desk);
    }
  }
  while (users.length < userCount) {
    const pemda = must(pemdas[users.length % pemdas.length], 'Pemda');
    pemda.reporters.push(addUser(pemda, rnd.pick(pemda.pds), 'pengguna', null).id);
  }
  // Reporters' home PD is needed for routing; keep it alongside.
  const homePd = new Map(users.map((x) => [x.id as string, x.perangkat_daerah_id as string]));
  await insertMany(db, 'app_user', users, 2000);
  await insertMany(db, 'role_assignment', roles, 5000);
  log(`${users.length} users`);

  // Services: 100 per Pemda; a fifth provided by Diskominfo; 15 % Kritis.
  const services: Insertable<Database['service']>[] = [];
  const requestTypes: Insertable<Database['service_request_type']>[] = [];
  // Each service names its administrators (SPEC catalog): the providing PD's admin layanan and
  // Diskominfo's infrastructure administrator; a ticket's detail lists them.
  const staff: Insertable<Database['service_staff']>[] = [];
  for (const pemda of pemdas) {
    const calendars = await db.selectFrom('working_calendar').select(['id', 'always_on']).where('pemda_id', '=', pemda.id).execute();
    const office = must(
      calendars.find((c) => !c.always_on),
      'office-hours calendar',
    ).id;
    const always = must(
      calendars.find((c) => c.always_on),
      '24×7 calendar',
    ).id;
    for (let i = 0; i < 100; i++) {
      const cls = rnd.weighted<Classification>([
        ['kritis', 15],
        ['esensial', 35],
        ['normal', 50],
      ]);
      const type = rnd.weighted<ServiceType>([
        ['publik', 40],
        ['administrasi', 60],
      ]);
      const pd = i < 20 ? pemda.diskominfo : rnd.pick(pemda.pds);
      const isAlways = cls === 'kritis' && rnd.chance(0.7);
      const id = randomUUID();
      services.push({
        id,
        pemda_id: pemda.id,
        name: `${rnd.pick(SERVICE_WORDS)} ${i + 1}`,
        description: `Layanan ${i + 1} untuk pengujian beban.`,
        provider_pd_id: pd,
        access_info: 'https://layanan.bench.sigap.id',
        availability_target: 99,
        current_availability: null,
        help_contact: 'servicedesk@bench.sigap.id',
        helpdesk_hours: 'Senin–Jumat',
        service_type: type,
        classification: cls,
        rpo_minutes: cls === 'kritis' ? 60 : null,
        rto_minutes: cls === 'kritis' ? 240 : null,
        drp_reference: cls === 'kritis' ? 'DRP/BENCH/1' : null,
        calendar_id: isAlways ? always : office,
        public_reporting: type === 'publik',
      });
      let rt: string | null = null;
      const rtMinutes = rnd.pick([60, 120, 450, 900, 2250]);
      if (rnd.chance(0.6)) {
        rt = randomUUID();
        requestTypes.push({
          id: rt,
          pemda_id: pemda.id,
          service_id: id,
          name: 'Permintaan umum',
          fulfilment_minutes: rtMinutes,
          requires_approval: rnd.chance(0.3),
        });
      }
      pemda.services.push({ id, pd, type, cls, always: isAlways, rt, rtMinutes });
      staff.push(
        { pemda_id: pemda.id, service_id: id, user_id: must(pemda.agents.get(pd)?.[2], 'admin layanan'), kind: 'admin_layanan' },
        { pemda_id: pemda.id, service_id: id, user_id: pemda.infra, kind: 'admin_infra' },
      );
    }
  }
  await insertMany(db, 'service', services, 500);
  await insertMany(db, 'service_request_type', requestTypes, 1000);
  await insertMany(db, 'service_staff', staff, 2000);
  log(`${services.length} services`);

  // Tickets, in batches with their events and attachment metadata.
  const holidays = new Set(HOLIDAYS_2026.holidays.map((h) => h.date));
  const office: WorkingCalendar = { offsetMinutes: 420, weekly: DEFAULT_WEEKLY_HOURS, holidays, alwaysOn: false };
  const always: WorkingCalendar = { ...office, alwaysOn: true };
  const now = Date.now();
  const span = YEARS * 365 * DAY;
  const counters = new Map<string, number>();
  let events = 0;
  let attachments = 0;
  let open = 0;
  const BATCH = 1000;
  for (let done = 0; done < scale; done += BATCH) {
    const tickets: Insertable<TicketTable>[] = [];
    const ev: Insertable<Database['record_event']>[] = [];
    const att: Insertable<Database['record_attachment']>[] = [];
    for (let i = 0; i < Math.min(BATCH, scale - done); i++) {
      // The busiest Pemda (the first) gets 40 % of the tickets; volume grows over the years.
      const pemda = rnd.chance(0.4) ? must(pemdas[0], 'busiest Pemda') : rnd.pick(pemdas);
      const service = rnd.pick(pemda.services);
      const reporter = rnd.pick(pemda.reporters);
      const kind = service.rt && rnd.chance(0.3) ? 'request' : 'incident';
      const impact = rnd.chance(0.2) ? 'mayor' : 'minor';
      const urgency = rnd.weighted<1 | 2 | 3>([
        [1, 10],
        [2, 30],
        [3, 60],
      ]);
      const reportedAt = new Date(now - span * (1 - Math.sqrt(rnd.next())));
      const ageDays = (now - reportedAt.getTime()) / DAY;
      const decision = priorityOf(DEFAULT_POLICY.priorityMatrix, { impact, serviceType: service.type, classification: service.cls });
      const cal = service.always ? always : office;
      const fulfilment = kind === 'request' ? service.rtMinutes : null;
      const targets = ticketTargets(DEFAULT_POLICY, cal, {
        reportedAt,
        priority: decision.priority,
        urgency,
        fulfilmentMinutes: fulfilment,
        pausedMinutes: 0,
      });
      const reporterPd = must(homePd.get(reporter), 'reporter PD');
      const tier = service.pd === pemda.diskominfo ? 2 : 1;
      const handling = tier === 2 ? pemda.diskominfo : reporterPd;
      const status =
        ageDays > 30
          ? rnd.weighted([
              ['closed', 970],
              ['resolved', 10],
              ['in_progress', 10],
              ['new', 5],
              ['waiting_user', 5],
            ] as const)
          : rnd.weighted([
              ['closed', 55],
              ['resolved', 10],
              ['in_progress', 17],
              ['new', 10],
              ['waiting_user', 6],
              ['awaiting_approval', kind === 'request' ? 2 : 0],
            ] as const);
      if (status !== 'closed') open += 1;
      const responded = status !== 'new' && status !== 'awaiting_approval';
      const responseAt = new Date(reportedAt.getTime() + rnd.int(2, 240) * 60_000);
      const resolvedAt =
        status === 'resolved' || status === 'closed' ? new Date(responseAt.getTime() + rnd.int(30, 6 * 24 * 60) * 60_000) : null;
      const closedAt = status === 'closed' && resolvedAt ? new Date(resolvedAt.getTime() + rnd.int(10, 3 * 24 * 60) * 60_000) : null;
      const year = reportedAt.getUTCFullYear();
      const counterKey = `${pemda.id}|${kind}|${year}`;
      const seq = (counters.get(counterKey) ?? 0) + 1;
      counters.set(counterKey, seq);
      const word = rnd.pick(SERVICE_WORDS);
      // Time-ordered, as the app makes them (platform/db/uuid7.ts), from the instant it was reported.
      const id = uuidv7(reportedAt.getTime());
      const assignee = responded
        ? rnd.pick(pemda.agents.get(handling) ?? must(pemda.agents.get(pemda.diskominfo), 'Diskominfo desk'))
        : null;
      const satisfied = closedAt ? rnd.chance(0.85) : null;
      tickets.push({
        id,
        pemda_id: pemda.id,
        number: `${kind === 'incident' ? 'INC' : 'REQ'}-${year}-${String(seq).padStart(6, '0')}`,
        kind,
        service_id: service.id,
        request_type_id: kind === 'request' ? service.rt : null,
        title: rnd.pick(kind === 'incident' ? INCIDENT_TITLES : REQUEST_TITLES).replace('{s}', word),
        description: `${rnd.pick(DESCRIPTIONS)} ${rnd.pick(DESCRIPTIONS)}`,
        channel: rnd.weighted([
          ['web', 60],
          ['phone', 20],
          ['email', 10],
          ['chat', 6],
          ['letter', 2],
          ['monitoring', 2],
        ] as const),
        category: null,
        impact,
        urgency,
        priority: decision.priority,
        priority_reason: JSON.stringify(decision),
        status,
        reporter_user_id: reporter,
        reporter_name: 'Pelapor',
        reporter_email: null,
        reporter_phone: null,
        reporter_nip: null,
        reporter_pd_id: reporterPd,
        contact_preference: 'web',
        tracking_code: null,
        recorded_by: null,
        handling_pd_id: handling,
        tier,
        assignee_id: assignee,
        approval: status === 'awaiting_approval' ? 'pending' : null,
        reported_at: reportedAt,
        first_response_at: responded ? responseAt : null,
        response_due_at: targets.responseDueAt,
        resolution_due_at: targets.resolutionDueAt,
        fulfilment_due_at: targets.fulfilmentDueAt,
        escalate_at: targets.escalateAt,
        resolved_at: resolvedAt,
        closed_at: closedAt,
        confirmed_at: closedAt && satisfied !== null ? closedAt : null,
        satisfaction: satisfied === null ? null : satisfied ? 'puas' : 'tidak_puas',
        rating: satisfied === null ? null : satisfied ? rnd.int(4, 5) : rnd.int(1, 3),
        paused_since: status === 'waiting_user' ? responseAt : null,
        auto_close_at: status === 'resolved' && resolvedAt ? new Date(resolvedAt.getTime() + 3 * DAY) : null,
      });
      const event = (type: string, at: Date, body: string | null = null, visibility: 'public' | 'internal' = 'public') =>
        ev.push({ pemda_id: pemda.id, record_id: id, at, actor_id: null, actor_name: 'Petugas', type, visibility, body, data: null });
      event('created', reportedAt, 'Tiket dibuat');
      if (responded) {
        event('first_response', responseAt);
        event('taken', responseAt, null, 'internal');
        for (let c = rnd.int(0, 2); c > 0; c--) event('comment', new Date(responseAt.getTime() + c * 600_000), rnd.pick(COMMENTS));
      }
      if (resolvedAt) event('resolved', resolvedAt, 'Perbaikan selesai dilakukan.');
      if (closedAt) event('closed', closedAt);
      if (rnd.chance(0.1)) {
        att.push({
          pemda_id: pemda.id,
          record_id: id,
          filename: 'tangkapan-layar.png',
          content_type: 'image/png',
          size_bytes: rnd.int(20_000, 2_000_000),
          sha256: '0'.repeat(64),
          storage_key: `bench/${id}`,
          uploaded_by: reporter,
        });
      }
    }
    await insertMany(db, 'ticket', tickets, 1000);
    await insertMany(db, 'record_event', ev, 5000);
    if (att.length) await insertMany(db, 'record_attachment', att, 2000);
    events += ev.length;
    attachments += att.length;
    if ((done / BATCH) % 50 === 0) log(`${done + tickets.length} tickets (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const counterRows = [...counters].map(([key, last]) => {
    const [pemda_id, series, year] = key.split('|') as [string, string, string];
    return { pemda_id, series, year: Number(year), last };
  });
  await insertMany(db, 'record_counter', counterRows, 1000);
  const busiest = must(pemdas[0], 'busiest Pemda');
  return {
    scale,
    pemdas: pemdas.length,
    perangkatDaerah: pemdas.reduce((n, p) => n + p.pds.length, 0),
    users: users.length + pemdas.length,
    services: services.length,
    tickets: scale,
    events,
    attachments,
    openTickets: open,
    agentEmail: must(busiest.tier2[0], 'Tier 2 agent'),
    reporterEmail: must(
      users.find((x) => x.id === busiest.reporters[0]),
      'reporter',
    ).email,
    adminEmail: 'admin@pemda1.bench.sigap.id',
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
