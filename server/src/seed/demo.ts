import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../platform/audit/audit';
import { hashPassword } from '../platform/auth/password';
import type { Database } from '../platform/db/schema';
import { PemdaRepository, PerangkatDaerahRepository } from '../modules/organisation/organisation.repository';
import { UserRepository } from '../modules/identity/users.repository';
import { DEMO_PASSWORD, DEMO_PDS, DEMO_PEMDA, DEMO_USERS } from './demo-data';

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
    }
    await recordAudit(
      trx,
      { pemdaId: pemda.id, actorId: null, actorName: 'sistem', requestId: null },
      { action: 'demo.seed', entityType: 'pemda', entityId: pemda.id, after: { perangkatDaerah: DEMO_PDS.length, users: DEMO_USERS.length } },
    );
    return true;
  });
}
