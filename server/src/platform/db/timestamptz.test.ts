import fc from 'fast-check';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isoFromText, isoTimestamp, parseTimestamptz } from './timestamptz';

const generic = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text') as (value: string) => Date;
const two = (n: number) => String(n).padStart(2, '0');

/** A timestamptz as PostgreSQL prints it, in any precision, in UTC (most often) or another zone. */
const timestamptzText = fc
  .tuple(
    fc.date({ min: new Date('1000-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: 6 }),
    fc.constantFrom(0, 0, 0, 7 * 60, 8 * 60, 9 * 60, 5 * 60 + 30, -3 * 60, -9 * 60 - 30),
  )
  .map(([d, micros, digits, offsetMinutes]) => {
    const local = new Date(d.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    const fraction = digits === 0 ? '' : `.${String(micros).padStart(6, '0').slice(0, digits)}`;
    const abs = Math.abs(offsetMinutes);
    return `${local}${fraction}${offsetMinutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}${abs % 60 ? `:${two(abs % 60)}` : ''}`;
  });

describe('parseTimestamptz', () => {
  it('reads what the generic parser reads, for every offset and precision PostgreSQL prints', () => {
    fc.assert(
      fc.property(timestamptzText, (text) => {
        expect(parseTimestamptz(text).getTime()).toBe(generic(text).getTime());
      }),
    );
  });

  it('hands other forms to the generic parser', () => {
    for (const text of ['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '1900-01-01 00:00:00+07:07:12']) {
      expect(String(parseTimestamptz(text))).toBe(String(generic(text)));
    }
  });
});

describe('isoTimestamp', () => {
  it('writes what toISOString writes, for every date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(-8_640_000_000_000_000), max: new Date(8_640_000_000_000_000), noInvalidDate: true }), (d) => {
        expect(isoTimestamp(d)).toBe(d.toISOString());
      }),
    );
    const commonEra = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(
      fc.property(commonEra, (d) => {
        expect(isoTimestamp(d)).toBe(d.toISOString());
      }),
    );
  });

  it('throws on an invalid date, as toISOString does', () => {
    expect(() => isoTimestamp(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('isoFromText', () => {
  it('writes what isoTimestamp writes of the parsed text, for every precision and zone', () => {
    fc.assert(
      fc.property(timestamptzText, (text) => {
        expect(isoFromText(text)).toBe(generic(text).toISOString());
      }),
    );
  });

  it('hands other forms to the generic parser', () => {
    expect(isoFromText('1900-01-01 00:00:00+07:07:12')).toBe(generic('1900-01-01 00:00:00+07:07:12').toISOString());
  });
});
