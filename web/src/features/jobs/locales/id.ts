/** Bahasa Indonesia for the background jobs page (namespace `jobs`). */
import type { Messages } from '../../../i18n/types';

const id = {
  title: 'Pekerjaan latar',
  intro:
    'Pekerjaan yang dijalankan server sendiri menurut jadwal. Jalan tanpa hasil dicatat paling banyak sekali sejam; kegagalan dan jalan yang mengerjakan sesuatu selalu dicatat. Riwayat disimpan 90 hari.',
  job: 'Pekerjaan',
  schedule: 'Jadwal',
  lastRun: 'Jalan terakhir',
  outcome: 'Hasil',
  nextRun: 'Jalan berikutnya',
  lastError: 'Galat terakhir',
  history: 'Riwayat',
  historyOf: 'Riwayat: {{name}}',
  started: 'Mulai',
  finished: 'Selesai',
  scheduledFor: 'Jadwal {{time}}',
  counts: 'Hasil kerja',
  runner: 'Proses',
  never: 'Belum pernah',
  unknown: 'Belum diketahui',
  runningNow: 'Sedang berjalan',
  noRuns: 'Belum ada jalan yang tercatat.',
  every: 'Setiap {{duration}}',
  seconds: '{{count}} detik',
  minutes: '{{count}} menit',
  hours: '{{count}} jam',
  cron: 'Cron {{expression}} ({{zone}})',
  cronPerPemda: 'Cron {{expression}}, waktu Pemda ({{zone}})',
  outcomes: {
    running: 'Berjalan',
    succeeded: 'Berhasil',
    failed: 'Gagal',
    skipped: 'Terlewat',
  },
  skippedHint: 'Waktu jadwal sudah lama lewat ketika server memeriksanya (server mati, atau jalan sebelumnya belum selesai).',
  countNames: {
    warned: 'peringatan',
    breached: 'melewati batas waktu',
    closed: 'ditutup',
    sent: 'terkirim',
    failed: 'gagal',
    sessions: 'sesi',
    loginAttempts: 'percobaan masuk',
    jobRuns: 'riwayat jalan',
    checkpointed: 'titik jangkar',
    mailed: 'e-mail ke auditor',
    alerts: 'peringatan ke auditor',
  },
  description: {
    escalation: {
      title: 'Eskalasi tiket',
      text: 'Menaikkan tiket ke level 2 saat target hampir melewati batas waktu dan ke level 3 saat target melewati batas waktu.',
    },
    auto_close: { title: 'Tutup otomatis', text: 'Menutup tiket selesai yang tidak dikonfirmasi pelapor dalam batas waktu.' },
    outbox: { title: 'Kirim e-mail', text: 'Mengirim e-mail yang antre di kotak keluar, dengan percobaan ulang.' },
    audit_checkpoint: {
      title: 'Titik jangkar jejak audit',
      text: 'Tiap jam menandatangani ujung rantai hash jejak audit setiap Pemda dan menyimpannya di luar basis data; gagal bila rantai tidak lagi memuat titik jangkar terakhir.',
    },
    audit_checkpoint_mail: {
      title: 'E-mail titik jangkar ke auditor',
      text: 'Tiap pukul 07.00 waktu Pemda mengirim titik jangkar terbaru ke auditor Pemda, atau peringatan bila rantai tidak cocok dengannya.',
    },
    staffing_check: {
      title: 'Pemeriksaan petugas layanan',
      text: 'Setiap pagi memberi tahu Administrator Pemda tentang Service Desk dan langkah persetujuan yang belum memiliki petugas.',
    },
    housekeeping: {
      title: 'Pemeliharaan',
      text: 'Menghapus sesi kedaluwarsa, percobaan masuk lama, dan riwayat pekerjaan lebih dari 90 hari.',
    },
  },
} satisfies Messages;

export default id;
