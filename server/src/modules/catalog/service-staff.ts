import { PERMISSIONS, SUPPORT_LINE, VENDOR_ROLES, type SupportLine } from '@sigap/core';
import type { PickRule } from '../../platform/records/eligibility';

/**
 * Who may be named a service's administrator (catalog fields 4 and 5): those who work tickets in
 * its providing PD (or across the Pemda), and — for infrastructure and applications, which a third
 * party may run (SPEC §1) — the providing PD's vendors. The assign rule of a ticket names these
 * staff among its eligible handlers, so naming someone here is picking a handler too.
 */
export function serviceStaffRule(providerPdId: string, kind: SupportLine): PickRule {
  const vendors = kind === SUPPORT_LINE.infra ? [{ roles: VENDOR_ROLES, perangkatDaerahIds: [providerPdId] }] : [];
  return { roles: [{ roles: PERMISSIONS['tickets.handle'], perangkatDaerahIds: [providerPdId] }, ...vendors] };
}
