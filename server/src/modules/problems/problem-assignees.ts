import { PERMISSIONS } from '@sigap/core';
import type { PickRule } from '../../platform/records/eligibility';

/** Who may be assigned a problem: those who manage problems in its PD (or anywhere, for a problem of no PD). */
export function problemAssigneeRule(problem: { owner_pd_id: string | null }): PickRule {
  return { roles: [{ roles: PERMISSIONS['problems.manage'], perangkatDaerahIds: problem.owner_pd_id ? [problem.owner_pd_id] : null }] };
}
