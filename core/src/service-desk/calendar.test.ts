import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEEKLY_HOURS,
  type WorkingCalendar,
  addWorkingDays,
  addWorkingMinutes,
  isWorkingTime,
  workingMinutesBetween,
  zoneOffsetMinutes,
} from './calendar';

// 2026 holidays and cuti bersama around Idul Fitri (SPEC §11)
const holidays = new Set([
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
  '2026-05-01',
  '2026-08-17',
]);
const wib: WorkingCalendar = { offsetMinutes: 420, weekly: DEFAULT_WEEKLY_HOURS, holidays, alwaysOn: false };
const wit: WorkingCalendar = { ...wib, offsetMinutes: 540 };
const always: WorkingCalendar = { ...wib, alwaysOn: true };

/** Local WIB wall time → instant. */
const at = (local: string) => new Date(`${local}:00+07:00`);

describe('addWorkingMinutes', () => {
  it('counts within one morning', () => {
    expect(addWorkingMinutes(wib, at('2026-11-23T08:00'), 15)).toEqual(at('2026-11-23T08:15'));
  });

  it('skips the lunch break', () => {
    expect(addWorkingMinutes(wib, at('2026-11-23T11:50'), 30)).toEqual(at('2026-11-23T13:20'));
  });

  it('uses the longer Friday break and later Friday end', () => {
    expect(addWorkingMinutes(wib, at('2026-11-27T11:20'), 20)).toEqual(at('2026-11-27T13:10'));
    expect(addWorkingMinutes(wib, at('2026-11-27T16:00'), 30)).toEqual(at('2026-11-27T16:30'));
  });

  it('moves a report made out of hours to the next working day (Y-Tabel 11)', () => {
    expect(addWorkingMinutes(wib, at('2026-11-27T20:00'), 15)).toEqual(at('2026-11-30T07:45'));
  });

  it('skips holidays and cuti bersama', () => {
    // Tue 17 Mar 2026 16:00 → the next working day is Wed 25 Mar
    expect(addWorkingMinutes(wib, at('2026-03-17T15:50'), 20)).toEqual(at('2026-03-25T07:40'));
  });

  it('is plain clock time on a 24×7 calendar', () => {
    expect(addWorkingMinutes(always, at('2026-11-28T23:50'), 15)).toEqual(at('2026-11-29T00:05'));
  });

  it('follows the zone: 07:30 WIT is 05:30 WIB', () => {
    expect(addWorkingMinutes(wit, at('2026-11-23T05:00'), 10)).toEqual(at('2026-11-23T05:40'));
  });

  it('counts 48 working hours as whole working days', () => {
    // Mon 23 Nov 07:30 WIB; Mon–Thu give 7.5 h, Fri 6.5 h → 48 h ends the next Tuesday 07:30 + …
    const due = addWorkingMinutes(wib, at('2026-11-23T07:30'), 48 * 60);
    expect(workingMinutesBetween(wib, at('2026-11-23T07:30'), due)).toBe(48 * 60);
    expect(isWorkingTime(wib, new Date(due.getTime() - 1))).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('ends at the close of the Nth working day', () => {
    expect(addWorkingDays(wib, at('2026-11-26T10:00'), 1)).toEqual(at('2026-11-27T16:30'));
    expect(addWorkingDays(wib, at('2026-11-26T10:00'), 3)).toEqual(at('2026-12-01T16:00'));
  });
});

// --- properties -----------------------------------------------------------------------

const instant = fc.date({ min: new Date('2025-12-01T00:00:00Z'), max: new Date('2027-02-01T00:00:00Z'), noInvalidDate: true });
const minutes = fc.integer({ min: 0, max: 60 * 200 });
const positive = fc.integer({ min: 1, max: 60 * 200 });
const calendar = fc.constantFrom(wib, wit, always);

describe('working-time properties', () => {
  it('is monotonic in the minutes added', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkingMinutes(cal, start, lo).getTime()).toBeLessThanOrEqual(addWorkingMinutes(cal, start, hi).getTime());
      }),
    );
  });

  it('is additive: adding m1 then m2 equals adding m1 + m2', () => {
    fc.assert(
      fc.property(calendar, instant, positive, minutes, (cal, start, m1, m2) => {
        expect(addWorkingMinutes(cal, addWorkingMinutes(cal, start, m1), m2)).toEqual(addWorkingMinutes(cal, start, m1 + m2));
      }),
    );
  });

  it('is inverted by workingMinutesBetween', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, start, m) => {
        expect(workingMinutesBetween(cal, start, addWorkingMinutes(cal, start, m))).toBeCloseTo(m, 6);
      }),
    );
  });

  it('never lands in a break, a weekend or a holiday', () => {
    fc.assert(
      fc.property(fc.constantFrom(wib, wit), instant, positive, (cal, start, m) => {
        const due = addWorkingMinutes(cal, start, m);
        // the last minute counted is working time
        expect(isWorkingTime(cal, new Date(due.getTime() - 1))).toBe(true);
      }),
    );
  });

  it('splits additively over any midpoint', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (cal, a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        expect(workingMinutesBetween(cal, x, z)).toBeCloseTo(workingMinutesBetween(cal, x, y) + workingMinutesBetween(cal, y, z), 6);
      }),
    );
  });

  it('never counts more working time than clock time', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (cal, a, b) => {
        expect(workingMinutesBetween(cal, a, b)).toBeLessThanOrEqual(Math.max(0, (b.getTime() - a.getTime()) / 60_000) + 1e-9);
      }),
    );
  });
});

describe('zoneOffsetMinutes', () => {
  it('gives each Indonesian zone its offset, and WIB for an unknown one', () => {
    expect(zoneOffsetMinutes('Asia/Jakarta')).toBe(420);
    expect(zoneOffsetMinutes('Asia/Pontianak')).toBe(420);
    expect(zoneOffsetMinutes('Asia/Makassar')).toBe(480);
    expect(zoneOffsetMinutes('Asia/Jayapura')).toBe(540);
    expect(zoneOffsetMinutes('Europe/Paris')).toBe(420);
    expect(zoneOffsetMinutes('toString')).toBe(420);
  });
});
