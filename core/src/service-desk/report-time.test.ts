import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_TIME_SKEW_MS, reportTime } from './report-time';

const now = new Date('2026-05-14T02:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('reportTime', () => {
  it('is now when the agent sets nothing', () => {
    expect(reportTime(now, null, 7)).toEqual({ ok: true, at: now, backdated: false });
  });
  it('takes a time in the past within the Pemda’s limit', () => {
    expect(reportTime(now, minutes(-24 * 60), 7)).toEqual({ ok: true, at: minutes(-24 * 60), backdated: true });
    expect(reportTime(now, minutes(-7 * 24 * 60), 7)).toEqual({ ok: true, at: minutes(-7 * 24 * 60), backdated: true });
  });
  it('refuses a time further back than the limit, and any past time when the limit is 0 days', () => {
    expect(reportTime(now, minutes(-7 * 24 * 60 - 1), 7)).toEqual({ ok: false, refusal: { reason: 'too_old', maxDaysBack: 7 } });
    expect(reportTime(now, minutes(-1), 0)).toEqual({ ok: false, refusal: { reason: 'too_old', maxDaysBack: 0 } });
  });
  it('refuses the future, but takes a minute or two ahead (a device clock) as now', () => {
    expect(reportTime(now, minutes(1), 7)).toEqual({ ok: true, at: now, backdated: false });
    expect(reportTime(now, new Date(now.getTime() + REPORT_TIME_SKEW_MS + 1), 7)).toEqual({ ok: false, refusal: { reason: 'future' } });
  });
  it('property: an accepted time is never after now nor before the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60 * 24 * 60, max: 60 * 24 * 60 }), fc.integer({ min: 0, max: 30 }), (offset, days) => {
        const r = reportTime(now, minutes(offset), days);
        if (!r.ok) return;
        expect(r.at.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(r.at.getTime()).toBeGreaterThanOrEqual(now.getTime() - days * 24 * 60 * 60_000);
      }),
    );
  });
});
