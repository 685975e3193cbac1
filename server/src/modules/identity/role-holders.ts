import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** Active holders of any of `roles` in any of the PDs (or Pemda-wide), with the role and PD they hold it in. */
export function roleHoldings(db: Kysely<Database>, pemdaId: string, roles: readonly string[], perangkatDaerahIds: string[]) {
  return db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.email', 'u.language', 'ra.role', 'ra.perangkat_daerah_id'])
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', [...roles])
    .where('u.active', '=', true)
    .where((eb) => eb.or([eb('ra.perangkat_daerah_id', 'in', perangkatDaerahIds), eb('ra.perangkat_daerah_id', 'is', null)]))
    .execute();
}

/**
 * Active people holding any of `roles` in one of the PDs or Pemda-wide; with no PDs given,
 * every holder in the Pemda.
 */
export function roleHoldersQuery(db: Kysely<Database>, pemdaId: string, roles: readonly string[], perangkatDaerahIds: string[] | null) {
  let q = db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', [...roles])
    .where('u.active', '=', true);
  if (perangkatDaerahIds)
    q = q.where((eb) => eb.or([eb('ra.perangkat_daerah_id', 'in', perangkatDaerahIds), eb('ra.perangkat_daerah_id', 'is', null)]));
  return q;
}

/** Ids of the active holders of any of `roles` in a PD (or Pemda-wide). */
export async function roleHolders(
  db: Kysely<Database>,
  pemdaId: string,
  roles: readonly string[],
  perangkatDaerahId: string | null,
): Promise<string[]> {
  if (roles.length === 0) return [];
  return (await roleHoldersQuery(db, pemdaId, roles, perangkatDaerahId ? [perangkatDaerahId] : null).execute()).map((r) => r.id);
}

/** Whether a user holds any of `roles` in a PD (or Pemda-wide), and is active. */
export async function holdsRole(
  db: Kysely<Database>,
  pemdaId: string,
  userId: string,
  roles: readonly string[],
  perangkatDaerahId: string | null,
): Promise<boolean> {
  if (roles.length === 0) return false;
  let q = db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select('u.id')
    .where('ra.pemda_id', '=', pemdaId)
    .where('u.id', '=', userId)
    .where('ra.role', 'in', [...roles])
    .where('u.active', '=', true);
  if (perangkatDaerahId)
    q = q.where((eb) => eb.or([eb('ra.perangkat_daerah_id', '=', perangkatDaerahId), eb('ra.perangkat_daerah_id', 'is', null)]));
  return (await q.executeTakeFirst()) !== undefined;
}
