/**
 * Which desk takes a new ticket (K-Pasal 39): Tier 2 at Diskominfo for the services Diskominfo
 * provides itself; otherwise Tier 1 of the reporter's PD when it has one; otherwise the
 * providing PD's own desk.
 */
export function routeNewTicket(input: {
  providerPdId: string;
  providerIsDiskominfo: boolean;
  reporterPdId: string | null;
  reporterPdHasTier1: boolean;
}): { handlingPdId: string; tier: 1 | 2 } {
  if (input.providerIsDiskominfo) return { handlingPdId: input.providerPdId, tier: 2 };
  if (input.reporterPdId && input.reporterPdHasTier1) return { handlingPdId: input.reporterPdId, tier: 1 };
  return { handlingPdId: input.providerPdId, tier: 1 };
}

export type Viewer = 'agent' | 'reporter';
