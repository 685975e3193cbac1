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
  reportBackdate: 'Waktu dilaporkan paling lama (hari ke belakang)',
  reportBackdateHint: 'Untuk laporan surat atau telepon yang dicatat kemudian; 0 = tidak boleh.',
  escalationShare: 'Eskalasi otomatis pada (% waktu target)',
  autoClose: 'Tutup otomatis setelah (hari kerja)',
  working: 'Jam kerja',
  clock: {
    response: 'Jam hitung target tanggapan',
    resolution: 'Jam hitung penyelesaian',
    fulfilment: 'Jam hitung pemenuhan',
  },
} satisfies Messages;

export default id;
