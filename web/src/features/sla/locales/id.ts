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
  outOfRange: 'Isi angka dari {{min}} sampai {{max}}.',
  invalid: 'Isi angka yang benar.',
  working: 'Jam kerja',
  clock: {
    response: 'Jam hitung target tanggapan',
    resolution: 'Jam hitung penyelesaian',
    fulfilment: 'Jam hitung pemenuhan',
  },
  sop: {
    title: 'Standar waktu tahap SOP',
    hint: 'Baku mutu waktu tiap tahap SOP Manajemen Layanan SPBE (Kep. Bupati Bantul 218/2024). Tahap pemberian layanan memakai jangka waktu rencana kerja (1–14 hari kerja) bila ada.',
    flowA: 'A. Pelayanan Pengguna SPBE',
    flowB: 'B. Pengoperasian Layanan SPBE',
    step: 'Tahap',
    value: 'Waktu',
    unit: 'Satuan',
    units: {
      minutes: 'menit',
      hours: 'jam',
      days: 'hari kalender',
      working_days: 'hari kerja',
    },
    steps: {
      A: {
        submit: 'Pengajuan permohonan',
        triage: 'Pencatatan, klasifikasi, dan prioritas',
        plan: 'Identifikasi dan rencana kerja (SPMK)',
        deliver: 'Pemberian layanan',
        survey: 'Survei kepuasan',
        document: 'Dokumentasi pelayanan',
      },
      B: {
        submit: 'Pengajuan permohonan pengoperasian',
        triage: 'Pencatatan, klasifikasi, dan prioritas',
        plan: 'Identifikasi dan rencana pengoperasian (SPMK)',
        deliver: 'Pelaksanaan pengoperasian',
        survey: 'Monitoring pelaksanaan (survei)',
        document: 'Dokumentasi',
      },
    },
  },
} satisfies Messages;

export default id;
