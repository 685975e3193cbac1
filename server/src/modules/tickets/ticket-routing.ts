import {
  approvalScope,
  DESK_FALLBACK_ROLES,
  DESK_ROLES,
  DESK_TIER_ROLES,
  PERMISSIONS,
  staffedDesk,
  TIMELINE_DATA,
  type ApprovalChoice,
  type Desk,
  type DeskChoice,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/schema';
import type { Recipient } from '../../platform/records/notices';
import { roleHoldings } from '../identity';
import type { TicketSetting } from './ticket-setting';
import { routeNewTicket } from './tickets.rules';

/** Everyone routing and telling about a new ticket may need: both tiers' desks, the approvers, the Koordinator Service Desk. */
const ROUTING_ROLES = [...new Set([...DESK_ROLES[1], ...DESK_ROLES[2], ...PERMISSIONS['tickets.approve'], ...DESK_FALLBACK_ROLES])];

type FallbackNote = z.output<(typeof TIMELINE_DATA)['routed_fallback']>;

export interface TicketRoute extends DeskChoice {
  /** Who decides the approval step, for a request that needs one. */
  approval: ApprovalChoice | null;
  /** The desk's agents and the step's approvers: told of the new ticket. */
  told: Recipient[];
  /** The Koordinator Service Desk, told to take over what nobody else can, and why. */
  takeOver: { recipients: Recipient[]; reason: 'desk' | 'approval'; pdName: string } | null;
  /** Internal timeline entries saying where the ticket went instead of an empty desk or step. */
  notes: FallbackNote[];
}

/**
 * The desk a new ticket goes to and who decides its approval (K-Pasal 39, then the fallbacks of
 * core/service-desk/staffing.ts), from one lookup of the role holders in the PDs concerned. Only
 * when the routed desk or the providing PD's approvers are missing does it look further
 * (Diskominfo and the PDs' names): the common case costs what routing cost before.
 */
export async function routeTicket(
  trx: Kysely<Database>,
  pemdaId: string,
  service: TicketSetting['service'],
  reporterPdId: string | null,
  requiresApproval: boolean,
): Promise<TicketRoute> {
  const pdIds = [service.providerPdId, ...(reporterPdId && reporterPdId !== service.providerPdId ? [reporterPdId] : [])];
  let holdings = await roleHoldings(trx, pemdaId, ROUTING_ROLES, pdIds);
  const holdersOf = (roles: readonly string[], pdId: string) =>
    holdings.filter((h) => roles.includes(h.role) && (h.perangkat_daerah_id === pdId || h.perangkat_daerah_id === null));
  const isStaffed = (desk: Desk) => holdersOf(DESK_ROLES[desk.tier], desk.pdId).length > 0;
  const hasApprovers = (pdId: string) => holdersOf(PERMISSIONS['tickets.approve'], pdId).length > 0;

  const routed = routeNewTicket({
    providerPdId: service.providerPdId,
    providerIsDiskominfo: service.providerIsDiskominfo,
    reporterPdId,
    reporterPdHasTier1: reporterPdId !== null && holdersOf(DESK_TIER_ROLES[1], reporterPdId).length > 0,
  });
  const primary: Desk = { pdId: routed.handlingPdId, tier: routed.tier };
  let diskominfoPdId = service.providerIsDiskominfo ? service.providerPdId : null;
  let names = new Map<string, string>();
  if (!isStaffed(primary) || (requiresApproval && !hasApprovers(service.providerPdId))) {
    const pds = await trx
      .selectFrom('perangkat_daerah')
      .select(['id', 'name', 'is_diskominfo'])
      .where('pemda_id', '=', pemdaId)
      .where((eb) => eb.or([eb('id', 'in', pdIds), eb.and([eb('is_diskominfo', '=', true), eb('active', '=', true)])]))
      .orderBy('created_at')
      .execute();
    names = new Map(pds.map((p) => [p.id, p.name]));
    diskominfoPdId = pds.find((p) => p.is_diskominfo)?.id ?? null;
    if (diskominfoPdId && !pdIds.includes(diskominfoPdId)) {
      // Pemda-wide holders came with the first lookup already.
      const more = await roleHoldings(trx, pemdaId, ROUTING_ROLES, [diskominfoPdId]);
      holdings = [...holdings, ...more.filter((h) => h.perangkat_daerah_id !== null)];
    }
  }

  const choice = staffedDesk(primary, diskominfoPdId, isStaffed);
  const approval = requiresApproval ? approvalScope(service.providerPdId, diskominfoPdId, hasApprovers) : null;
  const nameOf = (pdId: string) => names.get(pdId) ?? pdId;
  const notes: FallbackNote[] = [];
  if (choice.fallback) notes.push({ reason: 'desk', pdName: nameOf(primary.pdId), tier: primary.tier, to: choice.fallback });
  if (approval && (approval.fallback || approval.nobody))
    notes.push({ reason: 'approval', pdName: nameOf(service.providerPdId), tier: null, to: approval.nobody ? 'none' : 'diskominfo' });

  const koordinators = holdersOf(DESK_FALLBACK_ROLES, choice.desk.pdId);
  const takeOver =
    choice.fallback === 'koordinator'
      ? { recipients: koordinators, reason: 'desk' as const, pdName: nameOf(choice.desk.pdId) }
      : approval?.nobody
        ? { recipients: koordinators, reason: 'approval' as const, pdName: nameOf(service.providerPdId) }
        : null;
  return {
    ...choice,
    approval,
    told: [
      ...holdersOf(DESK_ROLES[choice.desk.tier], choice.desk.pdId),
      ...(approval ? holdersOf(PERMISSIONS['tickets.approve'], approval.pdId) : []),
    ],
    takeOver: takeOver && takeOver.recipients.length > 0 ? takeOver : null,
    notes,
  };
}
