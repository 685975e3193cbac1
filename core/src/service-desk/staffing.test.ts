import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalScope, staffedDesk, staffingGaps, type Desk, type StaffingFacts } from './staffing';

const desk = (pdId: string, tier: 1 | 2): Desk => ({ pdId, tier });
const staffedAt =
  (...desks: Desk[]) =>
  (d: Desk) =>
    desks.some((s) => s.pdId === d.pdId && s.tier === d.tier);

describe('staffedDesk', () => {
  it('keeps the routed desk when someone staffs it', () => {
    expect(staffedDesk(desk('dukcapil', 1), 'kominfo', staffedAt(desk('dukcapil', 1)))).toEqual({
      desk: desk('dukcapil', 1),
      fallback: null,
    });
  });
  it('sends a ticket for an empty desk to Tier 2 at Diskominfo', () => {
    expect(staffedDesk(desk('dukcapil', 1), 'kominfo', staffedAt(desk('kominfo', 2)))).toEqual({
      desk: desk('kominfo', 2),
      fallback: 'tier2',
    });
  });
  it('leaves it with Tier 2 for the Koordinator Service Desk when Tier 2 is empty too', () => {
    expect(staffedDesk(desk('dukcapil', 1), 'kominfo', staffedAt())).toEqual({ desk: desk('kominfo', 2), fallback: 'koordinator' });
    expect(staffedDesk(desk('kominfo', 2), 'kominfo', staffedAt())).toEqual({ desk: desk('kominfo', 2), fallback: 'koordinator' });
    expect(staffedDesk(desk('dukcapil', 1), null, staffedAt())).toEqual({ desk: desk('dukcapil', 1), fallback: 'koordinator' });
  });
  it('property: a staffed desk is chosen whenever one of the two is staffed, and a fallback only for an empty routed desk', () => {
    const pd = fc.constantFrom('a', 'b', 'kominfo');
    fc.assert(
      fc.property(
        pd,
        fc.constantFrom<1 | 2>(1, 2),
        fc.option(fc.constant('kominfo'), { nil: null }),
        fc.subarray([desk('a', 1), desk('b', 1), desk('kominfo', 1), desk('kominfo', 2)]),
        (pdId, tier, kominfo, staffed) => {
          const isStaffed = staffedAt(...staffed);
          const choice = staffedDesk(desk(pdId, tier), kominfo, isStaffed);
          expect(choice.fallback === null).toBe(isStaffed(desk(pdId, tier)));
          const tier2Staffed = kominfo !== null && isStaffed(desk(kominfo, 2));
          if (isStaffed(desk(pdId, tier)) || tier2Staffed) expect(isStaffed(choice.desk)).toBe(true);
          else expect(choice.fallback).toBe('koordinator');
        },
      ),
    );
  });
});

describe('approvalScope', () => {
  it('is the providing PD’s approvers, else Diskominfo’s, else nobody (the step stays with the provider)', () => {
    expect(approvalScope('dinkes', 'kominfo', (pd) => pd === 'dinkes')).toEqual({ pdId: 'dinkes', fallback: false, nobody: false });
    expect(approvalScope('dinkes', 'kominfo', (pd) => pd === 'kominfo')).toEqual({ pdId: 'kominfo', fallback: true, nobody: false });
    expect(approvalScope('dinkes', 'kominfo', () => false)).toEqual({ pdId: 'dinkes', fallback: false, nobody: true });
    expect(approvalScope('kominfo', 'kominfo', () => false)).toEqual({ pdId: 'kominfo', fallback: false, nobody: true });
  });
});

describe('staffingGaps', () => {
  const base: StaffingFacts = {
    diskominfo: { pdId: 'kominfo', pdName: 'Diskominfo' },
    providers: [
      { pdId: 'kominfo', pdName: 'Diskominfo', isDiskominfo: true, services: ['E-mail'], approvalServices: ['E-mail'] },
      { pdId: 'dinkes', pdName: 'Dinkes', isDiskominfo: false, services: ['SIMPUS'], approvalServices: [] },
      { pdId: 'dukcapil', pdName: 'Disdukcapil', isDiskominfo: false, services: ['Adminduk'], approvalServices: ['Adminduk'] },
    ],
    isStaffed: staffedAt(desk('kominfo', 2), desk('dinkes', 1)),
    hasApprovers: (pd) => pd === 'kominfo',
    hasKoordinator: () => true,
  };

  it('names the empty desks and approval steps, and where their tickets go instead', () => {
    expect(staffingGaps(base)).toEqual([
      { kind: 'desk', pdId: 'dukcapil', pdName: 'Disdukcapil', tier: 1, services: ['Adminduk'], fallback: 'tier2' },
      { kind: 'approval', pdId: 'dukcapil', pdName: 'Disdukcapil', services: ['Adminduk'], fallback: 'diskominfo' },
    ]);
  });

  it('says “nobody” when neither Tier 2 nor a Koordinator Service Desk nor Diskominfo’s approvers can take over', () => {
    const gaps = staffingGaps({ ...base, isStaffed: staffedAt(desk('dinkes', 1)), hasApprovers: () => false, hasKoordinator: () => false });
    expect(gaps).toEqual([
      { kind: 'desk', pdId: 'kominfo', pdName: 'Diskominfo', tier: 2, services: ['E-mail'], fallback: 'none' },
      { kind: 'desk', pdId: 'dukcapil', pdName: 'Disdukcapil', tier: 1, services: ['Adminduk'], fallback: 'none' },
      { kind: 'approval', pdId: 'kominfo', pdName: 'Diskominfo', services: ['E-mail'], fallback: 'none' },
      { kind: 'approval', pdId: 'dukcapil', pdName: 'Disdukcapil', services: ['Adminduk'], fallback: 'none' },
    ]);
  });

  it('is empty when every desk and step has someone', () => {
    expect(staffingGaps({ ...base, isStaffed: () => true, hasApprovers: () => true })).toEqual([]);
  });
});
