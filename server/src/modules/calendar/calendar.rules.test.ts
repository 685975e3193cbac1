import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHolidayCsv } from './calendar.rules';

describe('parseHolidayCsv', () => {
  it('reads a header, quotes, doubled quotes, semicolons and a missing kind', () => {
    expect(parseHolidayCsv('tanggal,nama,jenis\n2026-01-01,Tahun Baru,nasional\n2026-12-24,"Cuti ""Natal"", 2026",cuti_bersama\n')).toEqual(
      {
        ok: true,
        rows: [
          { date: '2026-01-01', name: 'Tahun Baru', kind: 'nasional' },
          { date: '2026-12-24', name: 'Cuti "Natal", 2026', kind: 'cuti_bersama' },
        ],
      },
    );
    expect(parseHolidayCsv('\uFEFFdate;name\n\n2026-05-01;Hari Buruh')).toEqual({
      ok: true,
      rows: [{ date: '2026-05-01', name: 'Hari Buruh', kind: 'nasional' }],
    });
  });

  it('says which line it cannot read', () => {
    expect(parseHolidayCsv('2026-01-01,Tahun Baru\n2026-12-24,"Natal')).toEqual({ ok: false, line: 2 });
    expect(parseHolidayCsv('#"')).toEqual({ ok: false, line: 1 });
    expect(parseHolidayCsv('a,"b"c')).toMatchObject({ ok: false });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '1', '-', ',', ';', '"', '#', '\n', '\r', ' ', '\uFEFF'), maxLength: 60 }),
        (text) => {
          expect(() => parseHolidayCsv(text)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
