import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNip } from './nip';
import { Nip } from './contracts/identity';

describe('checkNip', () => {
  it('accepts a PNS number (SPEC §11 example)', () => {
    expect(checkNip('196608011988031001')).toBeNull();
  });

  it('accepts a PPPK number whose digits 13–14 are not a month', () => {
    expect(checkNip('200012312024211001')).toBeNull();
  });

  it.each([
    ['19660801198803100', 'nip.length'],
    ['1966080119880310011', 'nip.length'],
    ['19660801198803100a', 'nip.digits'],
    ['196613011988031001', 'nip.birth_date'],
    ['196602301988031001', 'nip.birth_date'],
    ['196608011988033001', 'nip.sex'],
  ] as const)('rejects %s with %s', (nip, problem) => {
    expect(checkNip(nip)).toBe(problem);
  });

  it('accepts every real birth date with any middle part and sex 1 or 2', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2010-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.stringMatching(/^\d{6}$/),
        fc.constantFrom('1', '2'),
        fc.stringMatching(/^\d{3}$/),
        (birth, middle, sex, serial) => {
          const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
          expect(checkNip(`${ymd}${middle}${sex}${serial}`)).toBeNull();
        },
      ),
    );
  });

  it('rejects every string that is not exactly 18 digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        fc.pre(!/^\d{18}$/.test(s));
        expect(checkNip(s)).not.toBeNull();
      }),
    );
  });

  it('gives an Indonesian message through the zod contract', () => {
    const result = Nip.safeParse('196613011988031001');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('tanggal lahir');
  });
});
