import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActionsOf, nextState } from '../records/workflow';
import { TICKET_RELATIONS, TICKET_STATUSES, ticketWorkflow, type TicketRelation, type TicketState } from './ticket';

const state = (extra: Partial<TicketState> = {}): TicketState => ({
  kind: 'incident',
  tier: 1,
  supportLine: 'admin_layanan',
  escalationLevel: 1,
  ...extra,
});
const as = (...relations: TicketRelation[]) => new Set(relations);
const allowed = (status: (typeof TICKET_STATUSES)[number], relations: Set<TicketRelation>, extra: Partial<TicketState> = {}) =>
  allowedActionsOf(ticketWorkflow, status, state(extra), relations);

describe('the ticket workflow declaration', () => {
  it('lets the reporter confirm only a resolved ticket', () => {
    expect(allowed('resolved', as('reporter'))).toEqual(['comment', 'confirm']);
    expect(allowed('in_progress', as('reporter'))).toEqual(['comment']);
  });

  it('sends a ticket back to handling when the reporter is not satisfied', () => {
    const body = { action: 'confirm', satisfaction: 'tidak_puas', rating: 2, feedback: null, version: 1 };
    expect(nextState(ticketWorkflow, 'resolved', body)).toBe('in_progress');
    expect(nextState(ticketWorkflow, 'resolved', { ...body, satisfaction: 'puas' })).toBe('closed');
  });

  it('escalates only where an escalation is left', () => {
    expect(allowed('in_progress', as('handler'), { tier: 2 })).not.toContain('escalate_tier');
    expect(allowed('in_progress', as('handler'), { escalationLevel: 3 })).not.toContain('escalate_level');
    expect(allowed('in_progress', as('handler'), { supportLine: 'admin_infra' })).not.toContain('escalate_line');
    expect(allowed('in_progress', as('handler'))).toEqual(expect.arrayContaining(['escalate_tier', 'escalate_level', 'escalate_line']));
  });

  it('leaves approval to approvers', () => {
    expect(allowed('awaiting_approval', as('approver'))).toEqual(expect.arrayContaining(['approve', 'reject']));
    expect(allowed('awaiting_approval', as('handler'))).not.toContain('approve');
  });

  it('offers only reopening on a closed ticket, and nothing to its reporter', () => {
    expect(allowed('closed', as('handler', 'approver'))).toEqual(['reopen']);
    expect(allowed('closed', as('reporter'))).toEqual([]);
  });

  it('an agent who only keeps sight of a ticket may only comment', () => {
    expect(allowed('in_progress', as('observer'))).toEqual(['comment']);
  });

  it('every allowed action leads to a declared state, for any relations and state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TICKET_STATUSES),
        fc.subarray([...TICKET_RELATIONS]),
        fc.record({
          tier: fc.constantFrom(1, 2),
          escalationLevel: fc.integer({ min: 1, max: 3 }),
          kind: fc.constantFrom('incident' as const, 'request' as const),
        }),
        fc.boolean(),
        (status, relations, extra, satisfied) => {
          for (const action of allowed(status, new Set(relations), extra)) {
            const body = { action, version: 1, satisfaction: satisfied ? 'puas' : 'tidak_puas' };
            expect(TICKET_STATUSES).toContain(nextState(ticketWorkflow, status, body));
          }
        },
      ),
    );
  });
});
