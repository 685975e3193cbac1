/**
 * Nobody-can-move rules (issue 17, item 5): a ticket never lands at a desk, nor waits on an
 * approval step, that has nobody to act. Pure: the callers say who holds which role where.
 */

/** A service desk: Tier 1 of a PD, or Tier 2 (at Diskominfo). */
export interface Desk {
  pdId: string;
  tier: 1 | 2;
}

/**
 * Where a ticket goes instead of an empty desk: Tier 2 at Diskominfo when someone staffs it;
 * otherwise Tier 2's desk all the same, with the Koordinator Service Desk told to take it.
 */
export type DeskFallback = 'tier2' | 'koordinator';

export interface DeskChoice {
  desk: Desk;
  fallback: DeskFallback | null;
}

const sameDesk = (a: Desk, b: Desk) => a.pdId === b.pdId && a.tier === b.tier;

/** The desk a new ticket goes to, given the desk routing chose (`primary`) and who staffs which desk. */
export function staffedDesk(primary: Desk, diskominfoPdId: string | null, isStaffed: (desk: Desk) => boolean): DeskChoice {
  if (isStaffed(primary)) return { desk: primary, fallback: null };
  const tier2: Desk | null = diskominfoPdId ? { pdId: diskominfoPdId, tier: 2 } : null;
  if (tier2 && !sameDesk(tier2, primary) && isStaffed(tier2)) return { desk: tier2, fallback: 'tier2' };
  return { desk: tier2 ?? primary, fallback: 'koordinator' };
}

export interface ApprovalChoice {
  /** The PD whose approvers decide the step. */
  pdId: string;
  /** The providing PD has no approver: Diskominfo's decide instead. */
  fallback: boolean;
  /** Nobody anywhere may decide it: it waits at the providing PD and administrators are warned. */
  nobody: boolean;
}

/**
 * Who decides a request's approval step: the providing PD's approvers; when it has none,
 * Diskominfo's (eligible approvers still, K-Pasal 39: Diskominfo runs the Pemda's SPBE services);
 * when neither has any, the step stays with the providing PD until someone is given the role.
 */
export function approvalScope(
  providerPdId: string,
  diskominfoPdId: string | null,
  hasApprovers: (pdId: string) => boolean,
): ApprovalChoice {
  if (hasApprovers(providerPdId)) return { pdId: providerPdId, fallback: false, nobody: false };
  if (diskominfoPdId && diskominfoPdId !== providerPdId && hasApprovers(diskominfoPdId))
    return { pdId: diskominfoPdId, fallback: true, nobody: false };
  return { pdId: providerPdId, fallback: false, nobody: true };
}

/** A PD that provides active services, as the staffing check sees it. */
export interface ProviderFacts {
  pdId: string;
  pdName: string;
  isDiskominfo: boolean;
  /** Names of its active services. */
  services: readonly string[];
  /** Names of its active services with an active request type that needs approval. */
  approvalServices: readonly string[];
}

export interface StaffingFacts {
  diskominfo: { pdId: string; pdName: string } | null;
  providers: readonly ProviderFacts[];
  isStaffed: (desk: Desk) => boolean;
  hasApprovers: (pdId: string) => boolean;
  /** Someone holds the Koordinator Service Desk role over this PD (or the whole Pemda). */
  hasKoordinator: (pdId: string) => boolean;
}

/** What happens today to a ticket that would reach the empty desk or step. */
export type GapFallback = 'tier2' | 'koordinator' | 'diskominfo' | 'none';

export type Unstaffed =
  | { kind: 'desk'; pdId: string; pdName: string; tier: 1 | 2; services: string[]; fallback: GapFallback }
  | { kind: 'approval'; pdId: string; pdName: string; services: string[]; fallback: GapFallback };

/**
 * The desks and approval steps tickets can reach that have nobody to act: the Tier 1 desk of
 * every PD providing an active service (Diskominfo's go to Tier 2), Tier 2 at Diskominfo (it
 * takes every other desk's fallback), and the approval step of every PD with a request type that
 * needs approval. Each says where such a ticket goes instead, or that it would wait for nobody.
 */
export function staffingGaps(facts: StaffingFacts): Unstaffed[] {
  const gaps: Unstaffed[] = [];
  const diskominfoId = facts.diskominfo?.pdId ?? null;
  const deskFallback = (choice: DeskChoice): GapFallback =>
    choice.fallback === 'koordinator' ? (facts.hasKoordinator(choice.desk.pdId) ? 'koordinator' : 'none') : (choice.fallback ?? 'none');
  const tier2 = facts.diskominfo;
  if (tier2) {
    const desk: Desk = { pdId: tier2.pdId, tier: 2 };
    if (!facts.isStaffed(desk)) {
      const services = facts.providers.find((p) => p.pdId === tier2.pdId)?.services ?? [];
      gaps.push({
        kind: 'desk',
        ...desk,
        pdName: tier2.pdName,
        services: [...services],
        fallback: deskFallback(staffedDesk(desk, diskominfoId, facts.isStaffed)),
      });
    }
  }
  for (const p of facts.providers) {
    if (p.isDiskominfo || p.services.length === 0) continue;
    const desk: Desk = { pdId: p.pdId, tier: 1 };
    if (facts.isStaffed(desk)) continue;
    gaps.push({
      kind: 'desk',
      ...desk,
      pdName: p.pdName,
      services: [...p.services],
      fallback: deskFallback(staffedDesk(desk, diskominfoId, facts.isStaffed)),
    });
  }
  for (const p of facts.providers) {
    if (p.approvalServices.length === 0 || facts.hasApprovers(p.pdId)) continue;
    const choice = approvalScope(p.pdId, diskominfoId, facts.hasApprovers);
    gaps.push({
      kind: 'approval',
      pdId: p.pdId,
      pdName: p.pdName,
      services: [...p.approvalServices],
      fallback: choice.nobody ? 'none' : 'diskominfo',
    });
  }
  return gaps;
}
