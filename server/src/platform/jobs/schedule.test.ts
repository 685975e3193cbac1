import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCron, latestCronTime, nextCronTime, nextIntervalTime } from './schedule';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC'] as const;
const HOUR = 3_600_000;

/** The wall-clock hour and minute of an instant in a zone. */
function clockIn(at: Date, timeZone: string): { hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { hour: part('hour'), minute: part('minute') };
}

describe('cron times in a Pemda zone', () => {
  it('puts a daily 07:00 at seven in the morning of WIB, WITA and WIT', () => {
    const after = new Date('2026-03-01T00:30:00Z'); // 07:30 WIB, 08:30 WITA, 09:30 WIT
    expect(nextCronTime('0 7 * * *', 'Asia/Jakarta', after)?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(nextCronTime('0 7 * * *', 'Asia/Makassar', after)?.toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(nextCronTime('0 7 * * *', 'Asia/Jayapura', after)?.toISOString()).toBe('2026-03-01T22:00:00.000Z');
    expect(latestCronTime('0 7 * * *', 'Asia/Jakarta', after)?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('counts a time exactly on the schedule as due, and the next one after it', () => {
    const seven = new Date('2026-03-01T00:00:00Z');
    expect(latestCronTime('0 7 * * *', 'Asia/Jakarta', seven)).toEqual(seven);
    expect(latestCronTime('0 7 * * *', 'Asia/Jakarta', new Date(seven.getTime() - 1))?.toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(nextCronTime('0 7 * * *', 'Asia/Jakarta', seven)?.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('reads weekdays in the zone: Monday 07:00 WIT is Sunday 22:00 UTC', () => {
    const next = nextCronTime('0 7 * * 1', 'Asia/Jayapura', new Date('2026-03-04T00:00:00Z')); // a Wednesday
    expect(next?.toISOString()).toBe('2026-03-08T22:00:00.000Z');
  });

  it('finds, for any instant, the daily time just before and just after it, at that clock time in the zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (at, zone, hour, minute) => {
          const expression = `${minute} ${hour} * * *`;
          const next = nextCronTime(expression, zone, at);
          const latest = latestCronTime(expression, zone, at);
          if (!next || !latest) return false;
          expect(next.getTime()).toBeGreaterThan(at.getTime());
          expect(next.getTime() - at.getTime()).toBeLessThanOrEqual(24 * HOUR);
          expect(latest.getTime()).toBeLessThanOrEqual(at.getTime());
          expect(at.getTime() - latest.getTime()).toBeLessThan(24 * HOUR);
          // Nothing on the schedule between the two: the latest's successor is the next.
          expect(nextCronTime(expression, zone, latest)).toEqual(next);
          expect(clockIn(next, zone)).toEqual({ hour, minute });
          expect(clockIn(latest, zone)).toEqual({ hour, minute });
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a malformed expression or an unknown zone when a job is declared', () => {
    expect(() => checkCron('0 7 * *', 'Asia/Jakarta')).toThrow();
    expect(() => checkCron('0 0 7 * * *', 'Asia/Jakarta')).toThrow();
    expect(() => checkCron('0 7 * * *', 'Asia/Atlantis')).toThrow();
    expect(() => checkCron('*/5 7-16 * * 1-5', 'Asia/Makassar')).not.toThrow();
  });
});

describe('interval times', () => {
  it('are due one interval after the last start, and unknown before any run', () => {
    expect(nextIntervalTime(60, new Date('2026-03-01T00:00:00Z'))?.toISOString()).toBe('2026-03-01T00:01:00.000Z');
    expect(nextIntervalTime(60, null)).toBeNull();
  });
});
