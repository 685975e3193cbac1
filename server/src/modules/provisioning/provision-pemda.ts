import { PEMDA_ADMIN_ROLE } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/schema';
import { seedCalendars } from '../calendar';
import { UserRepository } from '../identity';
import { PemdaRepository, PerangkatDaerahRepository } from '../organisation';

export interface ProvisionPemdaInput {
  name: string;
  kind: 'kabupaten' | 'kota' | 'provinsi';
  timeZone: string;
  adminEmail: string;
  adminName: string;
  adminPassword: string;
}

/** A new tenant: the Pemda, its Diskominfo and its first administrator, in one transaction. */
export async function provisionPemda(db: Kysely<Database>, input: ProvisionPemdaInput) {
  const passwordHash = await hashPassword(input.adminPassword);
  return db.transaction().execute(async (trx) => {
    const pemda = await new PemdaRepository(trx).insert({ name: input.name, kind: input.kind, time_zone: input.timeZone });
    const diskominfo = await new PerangkatDaerahRepository(trx).insert({
      pemda_id: pemda.id,
      name: 'Dinas Komunikasi dan Informatika',
      short_name: 'Diskominfo',
      type: 'dinas',
      is_diskominfo: true,
      parent_id: null,
    });
    const users = new UserRepository(trx);
    const adminId = await users.insert({
      pemda_id: pemda.id,
      name: input.adminName,
      email: input.adminEmail,
      nip: null,
      phone: null,
      perangkat_daerah_id: diskominfo.id,
      password_hash: passwordHash,
    });
    await users.insertRole(pemda.id, adminId, PEMDA_ADMIN_ROLE, null);
    await seedCalendars(trx, pemda.id);
    await recordAudit(
      trx,
      { pemdaId: pemda.id, actorId: null, actorName: 'sistem', requestId: null },
      { action: 'pemda.provision', entityType: 'pemda', entityId: pemda.id, after: { name: input.name, adminEmail: input.adminEmail } },
    );
    return { pemdaId: pemda.id, diskominfoId: diskominfo.id, adminId };
  });
}
