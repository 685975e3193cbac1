import type { Messages } from '../../../i18n/types';

/** Namespace `calendar` in Bahasa Indonesia, the source of its keys: the working calendar and holidays. */
const id = {
  name: 'Nama',
  type: 'Tipe',
  default: 'bawaan',
  alwaysOn: 'Layanan 24×7',
  dayOff: 'Libur',
  hint: 'Tulis jam kerja sebagai rentang dipisah koma, misalnya 07:30-12:00, 13:00-16:00. Kosongkan untuk hari libur.',
  holidays: 'Hari libur nasional, cuti bersama, dan libur daerah',
  year: 'Tahun',
  date: 'Tanggal',
  import: 'Impor libur nasional dan cuti bersama (CSV)',
  importHint:
    'Satu baris per tanggal: tanggal,nama,jenis (nasional atau cuti_bersama). Impor menggantikan impor sebelumnya tahun ini; libur daerah tetap.',
  importButton: 'Impor untuk {{year}}',
  kinds: {
    nasional: 'Libur nasional',
    cuti_bersama: 'Cuti bersama',
    daerah: 'Libur daerah',
  },
  days: {
    sun: 'Minggu',
    mon: 'Senin',
    tue: 'Selasa',
    wed: 'Rabu',
    thu: 'Kamis',
    fri: 'Jumat',
    sat: 'Sabtu',
  },
} satisfies Messages;

export default id;
