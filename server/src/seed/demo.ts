import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../platform/audit/audit';
import { hashPassword } from '../platform/auth/password';
import type { Database } from '../platform/db/schema';
import { seedCalendars } from '../modules/calendar';
import { CatalogRepository } from '../modules/catalog';
import { createSuperAdmin } from '../modules/deployment';
import { UserRepository } from '../modules/identity';
import { PemdaRepository, PerangkatDaerahRepository } from '../modules/organisation';
import { DEMO_RECOVERY, DEMO_SERVICES } from './demo-catalog';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_PDS, DEMO_PEMDA, DEMO_USERS } from './demo-data';

/** Seeds the demo Pemda when the database holds no Pemda yet. Safe when several processes start at once. */
export async function seedDemoIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('sigap:seed', 0))`.execute(trx);
    const existing = await trx.selectFrom('pemda').select('id').limit(1).executeTakeFirst();
    if (existing) return false;

    const pemda = await new PemdaRepository(trx).insert({ name: DEMO_PEMDA.name, kind: DEMO_PEMDA.kind, time_zone: DEMO_PEMDA.timeZone });
    const pds = new PerangkatDaerahRepository(trx);
    const pdIds = new Map<string, string>();
    for (const pd of DEMO_PDS) {
      const row = await pds.insert({
        pemda_id: pemda.id,
        name: pd.name,
        short_name: pd.shortName,
        type: pd.type,
        is_diskominfo: pd.isDiskominfo ?? false,
        parent_id: pd.parent ? (pdIds.get(pd.parent) ?? null) : null,
      });
      pdIds.set(pd.key, row.id);
    }
    const users = new UserRepository(trx);
    const userIds = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const userId = await users.insert({
        pemda_id: pemda.id,
        name: u.name,
        email: u.email,
        nip: u.nip ?? null,
        phone: u.phone ?? null,
        perangkat_daerah_id: pdIds.get(u.pd) ?? null,
        password_hash: passwordHash,
      });
      for (const r of u.roles) await users.insertRole(pemda.id, userId, r.role, r.pd ? (pdIds.get(r.pd) ?? null) : null);
      userIds.set(u.email, userId);
    }
    const demoUser = (email: string) => {
      const id = userIds.get(email);
      if (!id) throw new Error(`demo user ${email} is not seeded`);
      return id;
    };
    const calendars = await seedCalendars(trx, pemda.id);
    const catalog = new CatalogRepository(trx);
    for (const s of DEMO_SERVICES) {
      const providerPdId = pdIds.get(s.pd);
      if (!providerPdId) throw new Error(`demo service ${s.name}: unknown PD ${s.pd}`);
      const kritis = s.classification === 'kritis';
      const { id } = await catalog.insert({
        pemda_id: pemda.id,
        name: s.name,
        description: s.description,
        provider_pd_id: providerPdId,
        access_info: s.access,
        availability_target: s.availability,
        current_availability: null,
        help_contact:
          s.pd === 'diskominfo'
            ? 'Service Desk Diskominfo, (0274) 123456 ext. 200, servicedesk@kotacontoh.go.id'
            : 'Service Desk Perangkat Daerah (Tier 1)',
        helpdesk_hours: s.always ? '24 jam, 7 hari' : 'Senin–Kamis 07.30–16.00, Jumat 07.30–16.30 WIB',
        service_type: s.type,
        classification: s.classification,
        rpo_minutes: kritis ? DEMO_RECOVERY.rpo : null,
        rto_minutes: kritis ? DEMO_RECOVERY.rto : null,
        drp_reference: kritis ? `DRP/${s.pd.toUpperCase()}/2026/01` : null,
        calendar_id: s.always ? calendars.alwaysOnId : calendars.officeId,
        public_reporting: s.publicReporting ?? false,
      });
      const diskominfoService = s.pd === 'diskominfo';
      await catalog.replaceStaff(
        pemda.id,
        id,
        diskominfoService ? [demoUser('admin.layanan@demo.sigap.id')] : [],
        diskominfoService ? [demoUser('admin.infra@demo.sigap.id')] : [],
      );
      for (const t of s.requestTypes ?? []) {
        await catalog.insertRequestType(pemda.id, id, {
          name: t.name,
          description: '',
          fulfilmentMinutes: t.fulfilmentMinutes,
          requiresApproval: t.requiresApproval ?? false,
          active: true,
        });
      }
    }
    await recordAudit(
      trx,
      { pemdaId: pemda.id, actorId: null, actorName: 'sistem', requestId: null },
      {
        action: 'demo.seed',
        entityType: 'pemda',
        entityId: pemda.id,
        after: { perangkatDaerah: DEMO_PDS.length, users: DEMO_USERS.length, services: DEMO_SERVICES.length },
      },
    );
    // The deployment's super-administrator: belongs to no Pemda (README, "Multi-Pemda administration").
    await createSuperAdmin(trx, { ...DEMO_OPERATOR, password: DEMO_PASSWORD });
    return true;
  });
}
