import type { Messages } from '../../../i18n/types';

/** Namespace `sla` in Bahasa Indonesia, the source of its keys: the priority matrix and service targets. */
const id = {
  calendar: 'Waktu kalender (24 jam)',
  title: 'Matriks prioritas dan target layanan',
  impact: 'Dampak',
  serviceType: 'Jenis layanan',
  response: 'Target waktu tanggap per prioritas (menit)',
  resolution: 'Target penyelesaian per urgensi (jam)',
  maxResponse: 'Batas tanggap maksimum (menit)',
  escalationShare: 'Eskalasi otomatis pada (% waktu target)',
  autoClose: 'Tutup otomatis setelah (hari kerja)',
  outOfRange: 'Isi angka dari {{min}} sampai {{max}}.',
  invalid: 'Isi angka yang benar.',
  working: 'Jam kerja',
  clock: {
    response: 'Jam hitung target tanggap',
    resolution: 'Jam hitung penyelesaian',
    fulfilment: 'Jam hitung pemenuhan',
  },
} satisfies Messages;

export default id;
