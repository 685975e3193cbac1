import type { HolidayImport } from '@sigap/core';

/** 2026 per SKB 3 Menteri (SKB 1497/2025, 2/2025, 5/2025): 17 national holidays, 8 cuti bersama (SPEC §11). */
export const HOLIDAYS_2026: HolidayImport = {
  year: 2026,
  holidays: [
    { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'nasional' },
    { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'nasional' },
    { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'nasional' },
    { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', kind: 'nasional' },
    { date: '2026-03-21', name: 'Idul Fitri 1447 Hijriah', kind: 'nasional' },
    { date: '2026-03-22', name: 'Idul Fitri 1447 Hijriah', kind: 'nasional' },
    { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'nasional' },
    { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'nasional' },
    { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'nasional' },
    { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'nasional' },
    { date: '2026-05-27', name: 'Idul Adha 1447 Hijriah', kind: 'nasional' },
    { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'nasional' },
    { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'nasional' },
    { date: '2026-06-16', name: 'Tahun Baru Islam 1448 Hijriah (1 Muharam)', kind: 'nasional' },
    { date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'nasional' },
    { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'nasional' },
    { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'nasional' },
    { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
    { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
    { date: '2026-03-20', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2026-03-23', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2026-03-24', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
    { date: '2026-05-28', name: 'Cuti bersama Idul Adha', kind: 'cuti_bersama' },
    { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti_bersama' },
  ],
};
