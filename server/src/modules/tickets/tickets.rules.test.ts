import { TICKET_STATUSES, type TicketStatus } from '@sigap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions, routeNewTicket, statusAfter } from './tickets.rules';

const state = (status: TicketStatus, extra: Partial<Parameters<typeof allowedActions>[0]> = {}) => ({
  kind: 'incident' as const,
  status,
  tier: 1,
  supportLine: 'admin_layanan',
  escalationLevel: 1,
  approval: null,
  ...extra,
});

describe('routeNewTicket (K-Pasal 39)', () => {
  it('sends Diskominfo services to Tier 2', () => {
    expect(
      routeNewTicket({ providerPdId: 'kominfo', providerIsDiskominfo: true, reporterPdId: 'dinkes', reporterPdHasTier1: true }),
    ).toEqual({ handlingPdId: 'kominfo', tier: 2 });
  });
  it("sends other services to the reporter's Tier 1", () => {
    expect(
      routeNewTicket({ providerPdId: 'bkpsdm', providerIsDiskominfo: false, reporterPdId: 'dinkes', reporterPdHasTier1: true }),
    ).toEqual({ handlingPdId: 'dinkes', tier: 1 });
  });
  it('sends public reports, and PDs without a desk, to the providing PD', () => {
    expect(routeNewTicket({ providerPdId: 'dinkes', providerIsDiskominfo: false, reporterPdId: null, reporterPdHasTier1: false })).toEqual({
      handlingPdId: 'dinkes',
      tier: 1,
    });
    expect(routeNewTicket({ providerPdId: 'dinkes', providerIsDiskominfo: false, reporterPdId: 'kel', reporterPdHasTier1: false })).toEqual(
      { handlingPdId: 'dinkes', tier: 1 },
    );
  });
});

describe('ticket flow', () => {
  it('lets the reporter confirm only a resolved ticket', () => {
    expect(allowedActions(state('resolved'), 'reporter', false)).toContain('confirm');
    expect(allowedActions(state('in_progress'), 'reporter', false)).not.toContain('confirm');
  });

  it('sends tidak puas back to handling and closes on puas (SPEC §3.6)', () => {
    expect(statusAfter('resolved', 'confirm', false)).toBe('in_progress');
    expect(statusAfter('resolved', 'confirm', true)).toBe('closed');
  });

  it('escalates to Tier 2 only from Tier 1, and at most to level 3', () => {
    expect(allowedActions(state('in_progress', { tier: 2 }), 'agent', false)).not.toContain('escalate_tier');
    expect(allowedActions(state('in_progress', { escalationLevel: 3 }), 'agent', false)).not.toContain('escalate_level');
  });

  it('offers approval only to approvers of a request awaiting it', () => {
    const waiting = state('awaiting_approval', { kind: 'request', approval: 'pending' });
    expect(allowedActions(waiting, 'agent', true)).toEqual(expect.arrayContaining(['approve', 'reject']));
    expect(allowedActions(waiting, 'agent', false)).not.toContain('approve');
  });

  it('never offers anything but reopen on a closed ticket, and nothing to its reporter', () => {
    expect(allowedActions(state('closed'), 'agent', true)).toEqual(['reopen']);
    expect(allowedActions(state('closed'), 'reporter', false)).toEqual([]);
  });

  it('every allowed action leads to a known status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TICKET_STATUSES),
        fc.constantFrom('agent' as const, 'reporter' as const),
        fc.boolean(),
        fc.boolean(),
        (status, viewer, approver, satisfied) => {
          for (const action of allowedActions(state(status), viewer, approver)) {
            expect(TICKET_STATUSES).toContain(statusAfter(status, action, satisfied));
          }
        },
      ),
    );
  });
});
