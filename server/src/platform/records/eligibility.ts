import type { Candidate, RoleCode } from '@sigap/core';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ProblemError } from '../http/problem';

/** Holders of any of `roles` in one of `perangkatDaerahIds` or Pemda-wide; null PDs: held anywhere in the Pemda. */
export interface RoleClause {
  roles: readonly RoleCode[];
  perangkatDaerahIds: readonly string[] | null;
}

/**
 * Who may be picked for a duty on a record (its assignee; later its approvers, assessors and
 * owners). A kind states the rule for its record (the desk's agents, the service's
 * administrators, an engaged vendor, …); this file alone turns a rule into people, so the
 * picker's list and the check of a picked person can never disagree.
 */
export interface PickRule {
  /** Active holders of one of these role clauses. */
  roles: readonly RoleClause[];
  /** The staff a service names in the catalog (its service and infrastructure administrators). */
  serviceStaffOf?: string | null;
}

const CANDIDATES_MAX = 500;

function eligibleUsers(db: Kysely<Database>, pemdaId: string, rule: PickRule) {
  return db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.name'])
    .where('u.pemda_id', '=', pemdaId)
    .where('u.active', '=', true)
    .where((eb) => eb.or([...rule.roles.map((clause) => holdsClause(eb, pemdaId, clause)), ...staffOf(eb, rule.serviceStaffOf)]));
}

function holdsClause(eb: ExpressionBuilder<Database & { u: Database['app_user'] }, 'u'>, pemdaId: string, clause: RoleClause) {
  if (clause.roles.length === 0) return eb.lit(false);
  let held = eb
    .selectFrom('role_assignment as ra')
    .select('ra.id')
    .whereRef('ra.user_id', '=', 'u.id')
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', [...clause.roles]);
  const pds = clause.perangkatDaerahIds;
  if (pds !== null) {
    held = held.where((inner) =>
      inner.or([inner('ra.perangkat_daerah_id', 'is', null), ...(pds.length > 0 ? [inner('ra.perangkat_daerah_id', 'in', [...pds])] : [])]),
    );
  }
  return eb.exists(held);
}

function staffOf(eb: ExpressionBuilder<Database & { u: Database['app_user'] }, 'u'>, serviceId: string | null | undefined) {
  if (!serviceId) return [];
  return [
    eb.exists(
      eb.selectFrom('service_staff as st').select('st.user_id').whereRef('st.user_id', '=', 'u.id').where('st.service_id', '=', serviceId),
    ),
  ];
}

/** The people a picker offers for the rule, by name. */
export function eligiblePeople(db: Kysely<Database>, pemdaId: string, rule: PickRule): Promise<Candidate[]> {
  return eligibleUsers(db, pemdaId, rule).orderBy('u.name').orderBy('u.id').limit(CANDIDATES_MAX).execute();
}

/**
 * The picked person when the rule allows them; otherwise a 400 `record.person_not_eligible` on
 * the field that named them. An unknown, inactive or other-Pemda id is refused the same way.
 */
export async function requireEligible(
  db: Kysely<Database>,
  pemdaId: string,
  rule: PickRule,
  userId: string,
  field: string,
): Promise<Candidate> {
  const person = await eligibleUsers(db, pemdaId, rule).where('u.id', '=', userId).executeTakeFirst();
  if (!person)
    throw new ProblemError('record.person_not_eligible', [{ path: field, message: 'Orang ini tidak dapat dipilih untuk tugas ini.' }]);
  return person;
}
