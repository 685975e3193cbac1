import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEEKLY_HOURS,
  HORIZON_DAYS,
  RAMADAN_WEEKLY_HOURS,
  type WeeklyHours,
  type WorkingCalendar,
  addWorkingDays,
  addWorkingMinutes,
  clockMinutes,
  isBeyondHorizon,
  isWorkingTime,
  localDateKey,
  weeklyWorkingMinutes,
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
/** Ramadan 1447 H (about 18 Feb – 19 Mar 2026) on Ramadan hours, and two half days off from noon. */
const ramadan: WorkingCalendar = {
  ...wib,
  periods: [{ from: '2026-02-18', to: '2026-03-19', weekly: RAMADAN_WEEKLY_HOURS }],
  partDays: new Map([
    ['2026-12-31', { start: 12 * 60, end: 24 * 60 }],
    ['2026-11-25', { start: 7 * 60, end: 10 * 60 }],
  ]),
};
/** A hospital's 24×5: Monday to Friday round the clock, holidays worked. */
const hospital: WorkingCalendar = {
  offsetMinutes: 480,
  weekly: [[], ...Array.from({ length: 5 }, () => [{ start: 0, end: 24 * 60 }]), []],
  holidays: new Set(),
  alwaysOn: false,
};

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
const calendar = fc.constantFrom(wib, wit, always, ramadan, hospital);

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
      fc.property(fc.constantFrom(wib, wit, ramadan, hospital), instant, positive, (cal, start, m) => {
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

describe('date ranges, half days and 24×5', () => {
  it('counts Ramadan hours inside the period: 32.5 hours a week from 08:00', () => {
    expect(weeklyWorkingMinutes(RAMADAN_WEEKLY_HOURS)).toBe(32.5 * 60);
    // Mon 23 Feb – Mon 2 Mar 2026 is a whole Ramadan week with no holiday
    expect(workingMinutesBetween(ramadan, at('2026-02-23T00:00'), at('2026-03-02T00:00'))).toBe(32.5 * 60);
    expect(workingMinutesBetween(wib, at('2026-02-23T00:00'), at('2026-03-02T00:00'))).toBe(37.5 * 60);
    expect(isWorkingTime(ramadan, at('2026-02-23T07:45'))).toBe(false);
    expect(addWorkingMinutes(ramadan, at('2026-02-23T07:00'), 15)).toEqual(at('2026-02-23T08:15'));
    // the day after the period the usual hours hold again
    expect(addWorkingMinutes(ramadan, at('2026-03-25T07:00'), 15)).toEqual(at('2026-03-25T07:45'));
  });

  it('takes a half day off out of the day', () => {
    // Thu 31 Dec 2026: off from noon, so 07:30–12:00 only
    expect(workingMinutesBetween(ramadan, at('2026-12-31T00:00'), at('2027-01-01T00:00'))).toBe(4.5 * 60);
    expect(addWorkingMinutes(ramadan, at('2026-12-31T11:50'), 20)).toEqual(at('2027-01-01T07:40'));
    // Wed 25 Nov 2026: off until 10:00
    expect(addWorkingMinutes(ramadan, at('2026-11-25T07:00'), 15)).toEqual(at('2026-11-25T10:15'));
  });

  it('runs a 24×5 calendar round the clock on weekdays, holidays included', () => {
    const fri = new Date('2026-08-14T23:50:00+08:00');
    expect(addWorkingMinutes(hospital, fri, 20)).toEqual(new Date('2026-08-17T00:10:00+08:00'));
  });
});

describe('a calendar with too little working time', () => {
  const oneMinute: WorkingCalendar = { ...wib, weekly: [[], [{ start: 480, end: 481 }], [], [], [], [], []] };
  const none: WorkingCalendar = { ...wib, weekly: [[], [], [], [], [], [], []] };
  const start = at('2026-11-23T08:00');

  it('sets a target it cannot reach at the horizon instead of failing', () => {
    const due = addWorkingMinutes(oneMinute, start, 48 * 60);
    expect(due.getTime() - start.getTime()).toBe(HORIZON_DAYS * 24 * 3_600_000);
    expect(isBeyondHorizon(start, due)).toBe(true);
    expect(isBeyondHorizon(start, addWorkingMinutes(oneMinute, start, 5))).toBe(false);
    expect(isBeyondHorizon(start, addWorkingMinutes(none, start, 1))).toBe(true);
    expect(isBeyondHorizon(start, addWorkingDays(none, start, 3))).toBe(true);
    expect(isBeyondHorizon(start, null)).toBe(false);
  });

  it('still finds a target years away on a calendar that has one (a ticket paused for years)', () => {
    const due = addWorkingMinutes(wib, start, 4 * 52 * 37.5 * 60);
    expect(isBeyondHorizon(start, due)).toBe(false);
    expect(workingMinutesBetween(wib, start, due)).toBeCloseTo(4 * 52 * 37.5 * 60, 6);
  });
});

describe('localDateKey', () => {
  it('is the ISO date of any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 200_000 }), (d) => {
        expect(localDateKey(d * 86_400_000)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('clockMinutes', () => {
  it('reads 07:30 and 07.30, 24:00 as the end of a day, and nothing else', () => {
    expect(clockMinutes('07:30')).toBe(450);
    expect(clockMinutes('07.30')).toBe(450);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24.00')).toBe(1440);
    for (const bad of ['7:30', '7.30', '24:30', '12:60', '07:30:00', '', '0730', '07,30', '07 30', '٠٧:٣٠'])
      expect(clockMinutes(bad)).toBeNull();
  });
});

// Any calendar an administrator could write, and any the database might still hold.
const interval = fc
  .tuple(fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: 0, max: 24 * 60 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const day = fc.array(interval, { maxLength: 3 }).map((ivs) => {
  // sorted and not overlapping, as the contract makes them
  const kept: { start: number; end: number }[] = [];
  for (const iv of [...ivs].sort((x, y) => x.start - y.start)) if (iv.start >= (kept.at(-1)?.end ?? 0)) kept.push(iv);
  return kept;
});
const week: fc.Arbitrary<WeeklyHours> = fc.array(day, { minLength: 7, maxLength: 7 });
const localDate = fc
  .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyCalendar: fc.Arbitrary<WorkingCalendar> = fc.record({
  offsetMinutes: fc.constantFrom(420, 480, 540),
  weekly: week,
  holidays: fc.array(localDate, { maxLength: 20 }).map((d) => new Set(d)),
  partDays: fc.array(fc.tuple(localDate, interval), { maxLength: 5 }).map((e) => new Map(e)),
  periods: fc.option(fc.tuple(localDate, fc.integer({ min: 0, max: 60 }), week), { nil: undefined }).map((p) => {
    if (!p) return [];
    const [from, days, weekly] = p;
    return [{ from, to: new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10), weekly }];
  }),
  alwaysOn: fc.constant(false),
});

describe('working time on any calendar', () => {
  it('never fails: a target is reached exactly, or set at the horizon', () => {
    fc.assert(
      fc.property(anyCalendar, instant, positive, (cal, start, m) => {
        const due = addWorkingMinutes(cal, start, m);
        if (isBeyondHorizon(start, due)) expect(due.getTime() - start.getTime()).toBe(HORIZON_DAYS * 86_400_000);
        else {
          expect(workingMinutesBetween(cal, start, due)).toBeCloseTo(m, 6);
          expect(isWorkingTime(cal, new Date(due.getTime() - 1))).toBe(true);
        }
        expect(() => addWorkingDays(cal, start, 3)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it("counts a day inside a period by the period's hours, and a half day as the day less its time off", () => {
    fc.assert(
      fc.property(anyCalendar, localDate, (cal, date) => {
        const dayStart = new Date(`${date}T00:00:00Z`).getTime() - cal.offsetMinutes * 60_000;
        const worked = workingMinutesBetween(cal, new Date(dayStart), new Date(dayStart + 86_400_000));
        const period = cal.periods?.find((p) => p.from <= date && date <= p.to);
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        const full = ((period ? period.weekly : cal.weekly)[weekday] ?? []).reduce((s, iv) => s + iv.end - iv.start, 0);
        const off = cal.partDays?.get(date);
        if (cal.holidays.has(date)) expect(worked).toBe(0);
        else if (!off) expect(worked).toBe(full);
        else {
          const overlap = ((period ? period.weekly : cal.weekly)[weekday] ?? []).reduce(
            (s, iv) => s + Math.max(0, Math.min(iv.end, off.end) - Math.max(iv.start, off.start)),
            0,
          );
          expect(worked).toBe(full - overlap);
        }
      }),
      { numRuns: 300 },
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
