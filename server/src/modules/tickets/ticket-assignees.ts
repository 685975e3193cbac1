import { PERMISSIONS, SUPPORT_LINE_ROLES, VENDOR_ROLES } from '@sigap/core';
import type { PickRule } from '../../platform/records/eligibility';

/**
 * Who may be assigned a ticket (and so read its reporter's contact and act on it): the agents of
 * the desk handling it, the service's administrators — named in the catalog, or holding the
 * administrator roles in the providing PD — and, once it is handed to a vendor, the vendors of
 * the providing or handling PD. Anyone else of the Pemda is refused.
 */
export function ticketAssigneeRule(
  ticket: { handling_pd_id: string; service_id: string; vendor_note: string | null },
  providerPdId: string,
): PickRule {
  const vendors = ticket.vendor_note !== null ? [{ roles: VENDOR_ROLES, perangkatDaerahIds: [providerPdId, ticket.handling_pd_id] }] : [];
  return {
    roles: [
      { roles: PERMISSIONS['tickets.handle'], perangkatDaerahIds: [ticket.handling_pd_id] },
      { roles: [...SUPPORT_LINE_ROLES.admin_layanan, ...SUPPORT_LINE_ROLES.admin_infra], perangkatDaerahIds: [providerPdId] },
      ...vendors,
    ],
    serviceStaffOf: ticket.service_id,
  };
}
