import {
  DESK_FALLBACK_ROLES,
  DESK_ROLES,
  PEMDA_ADMIN_ROLE,
  PERMISSIONS,
  staffingGaps,
  type Desk,
  type JobCounts,
  type ProviderFacts,
  type StaffingCheck,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { JobPemda } from '../../platform/jobs/job';
import { notifyMany } from '../../platform/records/notices';
import { StaffingRepository } from './staffing.repository';

/**
 * The desks and approval steps of a Pemda that tickets can reach with nobody to act (issue 17,
 * item 5), by the rules that route tickets (core/service-desk/staffing.ts), with the tickets
 * waiting at each now.
 */
export async function checkStaffing(db: Kysely<Database>, pemdaId: string, now = new Date()): Promise<StaffingCheck> {
  const repo = new StaffingRepository(db);
  const [pds, services, holdings] = await Promise.all([repo.perangkatDaerah(pemdaId), repo.services(pemdaId), repo.holdings(pemdaId)]);
  const holds = (roles: readonly string[], pdId: string) =>
    holdings.some((h) => roles.includes(h.role) && (h.perangkat_daerah_id === pdId || h.perangkat_daerah_id === null));
  const diskominfo = pds.find((p) => p.is_diskominfo) ?? null;
  const providers: ProviderFacts[] = pds.flatMap((pd) => {
    const own = services.filter((s) => s.provider_pd_id === pd.id);
    if (own.length === 0 && pd.id !== diskominfo?.id) return [];
    return [
      {
        pdId: pd.id,
        pdName: pd.name,
        isDiskominfo: pd.id === diskominfo?.id,
        services: own.map((s) => s.name),
        approvalServices: own.filter((s) => s.needs_approval).map((s) => s.name),
      },
    ];
  });
  const gaps = staffingGaps({
    diskominfo: diskominfo && { pdId: diskominfo.id, pdName: diskominfo.name },
    providers,
    isStaffed: (desk: Desk) => holds(DESK_ROLES[desk.tier], desk.pdId),
    hasApprovers: (pdId) => holds(PERMISSIONS['tickets.approve'], pdId),
    hasKoordinator: (pdId) => holds(DESK_FALLBACK_ROLES, pdId),
  });
  const [atDesks, forApproval] = await Promise.all([
    repo.waitingAtDesks(
      pemdaId,
      gaps.filter((g) => g.kind === 'desk').map((g) => g.pdId),
    ),
    repo.waitingForApproval(
      pemdaId,
      gaps.filter((g) => g.kind === 'approval').map((g) => g.pdId),
    ),
  ]);
  return {
    checkedAt: now.toISOString(),
    gaps: gaps.map((g) => ({
      kind: g.kind,
      perangkatDaerahId: g.pdId,
      perangkatDaerahName: g.pdName,
      tier: g.kind === 'desk' ? g.tier : null,
      services: g.services,
      fallback: g.fallback,
      waitingTickets: (g.kind === 'desk' ? atDesks.get(`${g.pdId}:${g.tier}`) : forApproval.get(g.pdId)) ?? 0,
    })),
  };
}

/**
 * The daily staffing notice (a per-Pemda job): while a desk or approval step has nobody, the
 * Pemda's administrators are told which, every morning, until someone is given the role.
 */
export async function noticeStaffingGaps(db: Kysely<Database>, pemda: JobPemda, now: Date): Promise<JobCounts> {
  const { gaps } = await checkStaffing(db, pemda.id, now);
  if (gaps.length === 0) return { gaps: 0, told: 0 };
  const admins = await new StaffingRepository(db).administrators(pemda.id, PEMDA_ADMIN_ROLE);
  const notice = {
    code: 'staffing.gaps' as const,
    params: {
      desks: gaps.filter((g) => g.kind === 'desk').length,
      approvals: gaps.filter((g) => g.kind === 'approval').length,
      waiting: gaps.reduce((n, g) => n + g.waitingTickets, 0),
      pds: [...new Set(gaps.map((g) => g.perangkatDaerahName))],
    },
  };
  await db.transaction().execute((trx) => notifyMany(trx, pemda.id, pemda.timeZone, [{ userIds: admins, recordId: null, notice }]));
  return { gaps: gaps.length, told: admins.length };
}
