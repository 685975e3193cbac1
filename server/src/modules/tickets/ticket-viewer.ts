import { scopeCovers, scopeOf } from '@sigap/core';
import type { TicketRow } from '../../platform/db/schema';
import type { Actor } from '../../platform/http/context';
import type { Viewer } from './tickets.rules';

export type TicketViewer = { kind: Viewer; handles: boolean; canApprove: boolean };

/** How an actor relates to a ticket; null when they may not see it. */
export function viewerOf(actor: Actor, t: TicketRow, providerPdId: string): TicketViewer | null {
  const handleScope = scopeOf(actor.assignments, 'tickets.handle');
  const handles = scopeCovers(handleScope, t.handling_pd_id) || t.assignee_id === actor.userId;
  // The approval step is decided in the providing PD, or in Diskominfo when the provider had no approver (issue 17, item 5).
  const canApprove = scopeCovers(scopeOf(actor.assignments, 'tickets.approve'), t.approver_pd_id ?? providerPdId);
  if (handles) return { kind: 'agent', handles, canApprove };
  if (canApprove && t.status === 'awaiting_approval') return { kind: 'agent', handles: false, canApprove };
  if (t.reporter_user_id === actor.userId) return { kind: 'reporter', handles: false, canApprove: false };
  // Tier 1 of the reporter's PD, the providing PD, and the PD that decided its approval keep sight of it.
  if (scopeCovers(handleScope, t.reporter_pd_id) || scopeCovers(handleScope, providerPdId) || scopeCovers(handleScope, t.approver_pd_id))
    return { kind: 'agent', handles: false, canApprove };
  return null;
}
