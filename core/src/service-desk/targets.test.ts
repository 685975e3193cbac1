import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEKLY_HOURS, type WorkingCalendar } from './calendar';
import { DEFAULT_POLICY, elapsedShare, ticketTargets } from './targets';

const wib: WorkingCalendar = { offsetMinutes: 420, weekly: DEFAULT_WEEKLY_HOURS, holidays: new Set(), alwaysOn: false };
const at = (local: string) => new Date(`${local}:00+07:00`);

describe('ticketTargets', () => {
  it('sets a 15-minute response for P1 and 48 h resolution for urgency 1', () => {
    const t = ticketTargets(
      DEFAULT_POLICY,
      { ...wib, alwaysOn: true },
      { reportedAt: at('2026-11-23T09:00'), priority: 'P1', urgency: 1, fulfilmentMinutes: null, pausedMinutes: 0 },
    );
    expect(t.responseDueAt).toEqual(at('2026-11-23T09:15'));
    expect(t.resolutionDueAt).toEqual(at('2026-11-25T09:00'));
    expect(t.fulfilmentDueAt).toBeNull();
    expect(t.escalateAt).toEqual(at('2026-11-24T21:00'));
  });

  it('counts in working time on an office-hours service', () => {
    const t = ticketTargets(DEFAULT_POLICY, wib, {
      reportedAt: at('2026-11-23T15:45'),
      priority: 'P3',
      urgency: 3,
      fulfilmentMinutes: 120,
      pausedMinutes: 0,
    });
    expect(t.responseDueAt).toEqual(at('2026-11-24T08:15'));
    expect(t.fulfilmentDueAt).toEqual(at('2026-11-24T09:15'));
  });

  it('moves the resolution and fulfilment due times by the time spent waiting on the user', () => {
    const base = { reportedAt: at('2026-11-23T08:00'), priority: 'P4' as const, urgency: 2 as const, fulfilmentMinutes: 60 };
    const a = ticketTargets(DEFAULT_POLICY, wib, { ...base, pausedMinutes: 0 });
    const b = ticketTargets(DEFAULT_POLICY, wib, { ...base, pausedMinutes: 30 });
    expect(b.responseDueAt).toEqual(a.responseDueAt);
    expect(b.fulfilmentDueAt).toEqual(at('2026-11-23T09:30'));
    expect(b.resolutionDueAt.getTime()).toBeGreaterThan(a.resolutionDueAt.getTime());
  });

  it('caps the response at the Y-Tabel 11 bound of 3 h', () => {
    const policy = { ...DEFAULT_POLICY, responseMinutes: { ...DEFAULT_POLICY.responseMinutes, P6: 600 } };
    const t = ticketTargets(policy, wib, {
      reportedAt: at('2026-11-23T08:00'),
      priority: 'P6',
      urgency: 3,
      fulfilmentMinutes: null,
      pausedMinutes: 0,
    });
    expect(t.responseDueAt).toEqual(at('2026-11-23T11:00'));
  });
});

describe('elapsedShare', () => {
  it('is the share of working time used', () => {
    expect(elapsedShare(wib, at('2026-11-23T08:00'), at('2026-11-23T09:00'), at('2026-11-23T08:45'))).toBeCloseTo(0.75);
    expect(elapsedShare(wib, at('2026-11-23T08:00'), at('2026-11-23T09:00'), at('2026-11-23T10:00'))).toBeGreaterThan(1);
  });
});
