import { describe, expect, it } from 'vitest';
import { HolidayCreate, WorkingCalendarUpdate } from './calendar';

const office = (start: string, end: string) => [[], ...Array.from({ length: 5 }, () => [{ start, end }]), []];
const calendar = (weeklyHours: unknown, extra: object = {}) => ({
  name: 'Jam Kerja Kantor',
  alwaysOn: false,
  weeklyHours,
  version: 1,
  ...extra,
});
const paths = (value: unknown) => {
  const result = WorkingCalendarUpdate.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('working calendar contract', () => {
  it('takes working hours typed the Indonesian way (07.30) as well as 07:30', () => {
    expect(paths(calendar(office('07.30', '16.00')))).toEqual([]);
    expect(paths(calendar(office('07:30', '16:00')))).toEqual([]);
  });

  it('refuses any other clock on the field, without throwing', () => {
    for (const bad of ['7:30', '25:00', '12:60', '07:30:00', 'pagi', '', '07,30']) {
      const issues = paths(calendar(office(bad, '16:00')));
      expect(issues).toHaveLength(5);
      expect(issues[0]).toBe('weeklyHours.1.0.start: Gunakan format JJ:MM atau JJ.MM, misalnya 07:30 atau 07.30.');
    }
    expect(paths(calendar(office('16.00', '07.30')))[0]).toMatch(/^weeklyHours\.1\.0\.end: Jam mulai harus sebelum jam selesai/);
  });

  it('refuses a calendar with less than a working day a week, unless it is 24×7', () => {
    const oneMinute = [[], [{ start: '08:00', end: '08:01' }], [], [], [], [], []];
    expect(paths(calendar(oneMinute))).toEqual([
      'weeklyHours: Kalender kerja harus punya setidaknya 7,5 jam kerja per minggu (satu hari kerja).',
    ]);
    expect(paths(calendar(oneMinute, { alwaysOn: true }))).toEqual([]);
  });

  it('refuses periods that overlap, end before they start or have too little time', () => {
    const ramadan = { name: 'Ramadan 1447 H', from: '2026-02-18', to: '2026-03-19', weeklyHours: office('08.00', '14.30') };
    expect(paths(calendar(office('07:30', '16:00'), { periods: [ramadan] }))).toEqual([]);
    expect(
      paths(calendar(office('07:30', '16:00'), { periods: [ramadan, { ...ramadan, name: 'Lagi', from: '2026-03-19', to: '2026-03-20' }] })),
    ).toEqual(['periods.1.from: Periode ini tumpang tindih dengan periode "Ramadan 1447 H".']);
    expect(paths(calendar(office('07:30', '16:00'), { periods: [{ ...ramadan, to: '2026-02-01' }] }))).toEqual([
      'periods.0.to: Tanggal selesai tidak boleh sebelum tanggal mulai.',
    ]);
    expect(paths(calendar(office('07:30', '16:00'), { periods: [{ ...ramadan, weeklyHours: office('08:00', '08:30') }] }))[0]).toMatch(
      /^periods\.0\.weeklyHours: /,
    );
  });
});

describe('holiday contract', () => {
  it('takes a half day as the hours off, and a whole day without them', () => {
    expect(
      HolidayCreate.parse({ date: '2026-12-31', name: 'Pulang awal', kind: 'daerah', offHours: { start: '12.00', end: '24.00' } }).offHours,
    ).toEqual({
      start: '12.00',
      end: '24.00',
    });
    expect(HolidayCreate.parse({ date: '2026-10-09', name: 'Hari Jadi', kind: 'daerah' }).offHours).toBeNull();
    expect(
      HolidayCreate.safeParse({ date: '2026-10-09', name: 'Hari Jadi', kind: 'daerah', offHours: { start: '13:00', end: '12:00' } })
        .success,
    ).toBe(false);
  });
});
