import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * A service desk or approval step tickets can reach that has nobody to act (issue 17, item 5),
 * and what happens to such a ticket today (core/service-desk/staffing.ts).
 */
export const StaffingGap = z.object({
  kind: z.enum(['desk', 'approval']),
  perangkatDaerahId: Id,
  perangkatDaerahName: z.string(),
  /** The desk's tier; null for an approval step. */
  tier: z.number().int().nullable(),
  /** The active services whose tickets (or requests needing approval) reach it. */
  services: z.array(z.string()),
  /** tier2 / koordinator (a desk), diskominfo (an approval step), or none: nobody can take over. */
  fallback: z.enum(['tier2', 'koordinator', 'diskominfo', 'none']),
  /** Open tickets waiting there now with nobody assigned (an approval step: requests awaiting it). */
  waitingTickets: z.number().int(),
});
export type StaffingGap = z.infer<typeof StaffingGap>;

export const StaffingCheck = z.object({ gaps: z.array(StaffingGap), checkedAt: Timestamp });
export type StaffingCheck = z.infer<typeof StaffingCheck>;
