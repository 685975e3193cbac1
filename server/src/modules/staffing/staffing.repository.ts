import { DESK_FALLBACK_ROLES, DESK_ROLES, PERMISSIONS } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** Every role the staffing check looks at: both tiers' desks, the approvers, the Koordinator Service Desk. */
const CHECKED_ROLES = [...new Set([...DESK_ROLES[1], ...DESK_ROLES[2], ...PERMISSIONS['tickets.approve'], ...DESK_FALLBACK_ROLES])];

/** Ticket statuses in which a desk must act (a ticket nobody is assigned to). */
const OPEN = ['new', 'in_progress', 'waiting_user'];

/** What the staffing check reads of a Pemda: its PDs, active services, and who holds the desk and approver roles. */
export class StaffingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  perangkatDaerah(pemdaId: string) {
    return this.db
      .selectFrom('perangkat_daerah')
      .select(['id', 'name', 'is_diskominfo'])
      .where('pemda_id', '=', pemdaId)
      .where('active', '=', true)
      .orderBy('created_at')
      .execute();
  }

  /** Active services with their providing PD, and whether an active request type of theirs needs approval. */
  services(pemdaId: string) {
    return this.db
      .selectFrom('service as s')
      .select(['s.provider_pd_id', 's.name'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('service_request_type as rt')
              .select('rt.id')
              .whereRef('rt.service_id', '=', 's.id')
              .where('rt.active', '=', true)
              .where('rt.requires_approval', '=', true),
          )
          .as('needs_approval'),
      )
      .where('s.pemda_id', '=', pemdaId)
      .where('s.active', '=', true)
      .orderBy('s.name')
      .execute();
  }

  /** Active holders of the checked roles: role and PD (null: Pemda-wide). */
  holdings(pemdaId: string) {
    return this.db
      .selectFrom('role_assignment as ra')
      .innerJoin('app_user as u', 'u.id', 'ra.user_id')
      .select(['ra.role', 'ra.perangkat_daerah_id'])
      .distinct()
      .where('ra.pemda_id', '=', pemdaId)
      .where('ra.role', 'in', CHECKED_ROLES)
      .where('u.active', '=', true)
      .execute();
  }

  /** Open tickets with nobody assigned, per desk (handling PD and tier), among `pdIds`. */
  async waitingAtDesks(pemdaId: string, pdIds: readonly string[]): Promise<Map<string, number>> {
    if (pdIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('ticket')
      .select(['handling_pd_id', 'tier', (eb) => eb.fn.countAll<string>().as('n')])
      .where('pemda_id', '=', pemdaId)
      .where('handling_pd_id', 'in', [...pdIds])
      .where('status', 'in', OPEN)
      .where('assignee_id', 'is', null)
      .groupBy(['handling_pd_id', 'tier'])
      .execute();
    return new Map(rows.map((r) => [`${r.handling_pd_id}:${r.tier}`, Number(r.n)]));
  }

  /** Requests awaiting approval, per PD whose approvers decide them, among `pdIds`. */
  async waitingForApproval(pemdaId: string, pdIds: readonly string[]): Promise<Map<string, number>> {
    if (pdIds.length === 0) return new Map();
    const deciding = sql<string>`coalesce(t.approver_pd_id, s.provider_pd_id)`;
    const rows = await this.db
      .selectFrom('ticket as t')
      .innerJoin('service as s', 's.id', 't.service_id')
      .select([deciding.as('pd_id'), (eb) => eb.fn.countAll<string>().as('n')])
      .where('t.pemda_id', '=', pemdaId)
      .where('t.status', '=', 'awaiting_approval')
      .where(deciding, 'in', [...pdIds])
      .groupBy(deciding)
      .execute();
    return new Map(rows.map((r) => [r.pd_id, Number(r.n)]));
  }

  /** Ids of the active holders of the Pemda's administrator role. */
  async administrators(pemdaId: string, role: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('role_assignment as ra')
      .innerJoin('app_user as u', 'u.id', 'ra.user_id')
      .select('u.id')
      .distinct()
      .where('ra.pemda_id', '=', pemdaId)
      .where('ra.role', '=', role)
      .where('u.active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  }
}
