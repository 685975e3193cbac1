import { PEMDA_ADMIN_ROLE } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordAudit, recordDeploymentAudit, type DeploymentAuditActor } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/password';
import type { Database } from '../../platform/db/schema';
import { seedCalendars } from '../calendar';
import { UserRepository } from '../identity';
import { PemdaRepository, PerangkatDaerahRepository } from '../organisation';

export interface ProvisionPemdaInput {
  name: string;
  kind: 'kabupaten' | 'kota' | 'provinsi';
  timeZone: string;
  /** Unique in the deployment; when absent, the first free one the name suggests. */
  code?: string;
  adminEmail: string;
  adminName: string;
  adminPassword: string;
}

/** The system, when a command provisions (`npm run pemda:create`). */
const SYSTEM: DeploymentAuditActor = { actorId: null, actorName: 'sistem', requestId: null };

/**
 * A new tenant: the Pemda, its Diskominfo, its first administrator and its working calendars
 * (the service-desk policy is the SPEC default until the Pemda sets its own), in one transaction.
 * Recorded in the new Pemda's audit chain and in the deployment's, as done by `by`.
 */
export async function provisionPemda(db: Kysely<Database>, input: ProvisionPemdaInput, by: DeploymentAuditActor = SYSTEM) {
  const passwordHash = await hashPassword(input.adminPassword);
  return db.transaction().execute(async (trx) => {
    const pemda = await new PemdaRepository(trx).insert({
      name: input.name,
      kind: input.kind,
      time_zone: input.timeZone,
      ...(input.code ? { code: input.code } : {}),
    });
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
    const after = { name: input.name, code: pemda.code, kind: input.kind, timeZone: input.timeZone, adminEmail: input.adminEmail };
    const event = { action: 'pemda.provision', entityType: 'pemda', entityId: pemda.id, after };
    await recordAudit(trx, { ...by, pemdaId: pemda.id }, event);
    await recordDeploymentAudit(trx, by, event);
    return { pemdaId: pemda.id, code: pemda.code, diskominfoId: diskominfo.id, adminId };
  });
}
