import type { TicketActionName, TicketStatus } from '@sigap/core';

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

interface TicketState {
  kind: 'incident' | 'request';
  status: TicketStatus;
  tier: number;
  supportLine: string;
  escalationLevel: number;
  approval: string | null;
}

const OPEN: TicketStatus[] = ['new', 'in_progress', 'waiting_user'];

/** The actions a viewer may take on a ticket in its current state. */
export function allowedActions(t: TicketState, viewer: Viewer, canApprove: boolean): TicketActionName[] {
  if (viewer === 'reporter') {
    const actions: TicketActionName[] = [];
    if (t.status !== 'closed') actions.push('comment');
    if (t.status === 'resolved') actions.push('confirm');
    return actions;
  }
  const actions: TicketActionName[] = [];
  const open = OPEN.includes(t.status);
  if (t.status !== 'closed') actions.push('comment');
  if (open) actions.push('take', 'assign', 'vendor', 'reprioritise', 'resolve');
  if (t.status === 'new' || t.status === 'in_progress') actions.push('wait_user');
  if (t.status === 'waiting_user') actions.push('resume');
  if (open && t.tier === 1) actions.push('escalate_tier');
  if (open && t.supportLine === 'admin_layanan') actions.push('escalate_line');
  if (open && t.escalationLevel < 3) actions.push('escalate_level');
  if (open && t.kind === 'request') actions.push('convert_to_incident');
  if (t.status === 'awaiting_approval' && canApprove) actions.push('approve', 'reject');
  if (t.status === 'resolved' || t.status === 'closed') actions.push('reopen');
  return actions;
}

/** The status a ticket moves to after an action (the action was checked as allowed). */
export function statusAfter(current: TicketStatus, action: TicketActionName, satisfied?: boolean): TicketStatus {
  switch (action) {
    case 'take':
    case 'assign':
    case 'resume':
    case 'escalate_tier':
    case 'escalate_line':
    case 'escalate_level':
    case 'convert_to_incident':
    case 'reprioritise':
    case 'vendor':
      return current === 'new' || current === 'waiting_user' ? 'in_progress' : current;
    case 'comment':
      return current;
    case 'wait_user':
      return 'waiting_user';
    case 'approve':
      return 'new';
    case 'reject':
      return 'closed';
    case 'resolve':
      return 'resolved';
    case 'confirm':
      // Tidak puas sends the ticket back to handling (SPEC §3.6).
      return satisfied ? 'closed' : 'in_progress';
    case 'reopen':
      return 'in_progress';
  }
}

/** Actions by an agent that count as the provider's first response (Y-Tabel 3). */
export function isResponse(action: TicketActionName, visibility?: 'public' | 'internal'): boolean {
  if (action === 'comment') return visibility === 'public';
  return ['take', 'assign', 'wait_user', 'resolve', 'escalate_tier', 'escalate_line', 'approve', 'reject'].includes(action);
}
