import type { Messages } from '../../../i18n/types';

/**
 * Namespace `superadmin` in Bahasa Indonesia, the source of its keys: the deployment's own
 * administration, where its Administrator Utama (super-administrators) create and suspend Pemda.
 */
const id = {
  role: 'Administrator Utama',
  area: 'Kelola Pemda',
  loginTitle: 'Masuk sebagai Administrator Utama',
  loginIntro: 'Untuk pengelola penyelenggaraan Sigap yang membuat dan menangguhkan Pemda. Pengguna Pemda masuk di halaman biasa.',
  pemdaLogin: 'Masuk sebagai pengguna Pemda',
  email: 'E-mail',
  password: 'Kata sandi',
  submit: 'Masuk',
  nav: {
    pemda: 'Daftar Pemda',
    audit: 'Jejak Audit',
    account: 'Akun Saya',
    logout: 'Keluar',
    menu: 'Menu administrator utama',
  },
  list: {
    title: 'Daftar Pemda',
    intro: 'Setiap Pemda adalah penyewa terpisah. Administrator utama tidak dapat membuka tiket, masalah atau data lain milik Pemda.',
    create: 'Buat Pemda',
    status: 'Status',
    allStatuses: 'Semua status',
    name: 'Nama',
    code: 'Kode',
    timeZone: 'Zona waktu',
    users: 'Pengguna',
    pds: 'Perangkat Daerah',
    created: 'Dibuat',
    empty: 'Tidak ada Pemda yang cocok.',
  },
  statuses: {
    active: 'Aktif',
    suspended: 'Ditangguhkan',
  },
  kinds: {
    kabupaten: 'Kabupaten',
    kota: 'Kota',
    provinsi: 'Provinsi',
  },
  form: {
    newTitle: 'Buat Pemda baru',
    newIntro:
      'Pemda dibuat lengkap dengan Dinas Komunikasi dan Informatika, administrator pertamanya dan kalender kerja 2026. Administrator itu kemudian mengelola Perangkat Daerah, pengguna dan layanan.',
    pemda: 'Pemda',
    name: 'Nama Pemda',
    code: 'Kode',
    codeHint: 'Unik dan tetap: huruf kecil, angka dan tanda hubung (contoh: kab-maju).',
    kind: 'Jenis',
    timeZone: 'Zona waktu',
    admin: 'Administrator Pemda pertama',
    adminName: 'Nama lengkap',
    adminEmail: 'E-mail',
    adminPassword: 'Kata sandi awal',
    adminPasswordHint: 'Minimal 10 karakter. Sampaikan kepada administrator; ia dapat menggantinya di Akun Saya.',
    create: 'Buat Pemda',
    created: 'Pemda {{name}} dibuat.',
  },
  detail: {
    back: 'Kembali ke daftar Pemda',
    summary: 'Ringkasan',
    edit: 'Ubah data Pemda',
    createdAt: 'Dibuat',
    updatedAt: 'Terakhir diubah',
    counts: '{{users}} pengguna · {{pds}} Perangkat Daerah',
    suspendedSince: 'Ditangguhkan sejak {{at}}',
    reason: 'Alasan: {{reason}}',
    suspendTitle: 'Tangguhkan Pemda',
    suspendIntro:
      'Selama ditangguhkan, pengguna Pemda ini tidak dapat masuk atau memakai API dan portal publiknya menolak aduan baru dengan pesan yang jelas. Tidak ada data yang dihapus; Pemda dapat diaktifkan kembali kapan saja.',
    suspend: 'Tangguhkan',
    suspendReason: 'Alasan penangguhan',
    suspendReasonHint: 'Dicatat di jejak audit penyelenggaraan dan jejak audit Pemda.',
    confirmSuspend: 'Tangguhkan {{name}}',
    suspended: '{{name}} ditangguhkan. Semua penggunanya telah dikeluarkan.',
    reactivateTitle: 'Aktifkan kembali',
    reactivateIntro: 'Pengguna Pemda ini dapat masuk lagi dan portal publiknya kembali menerima aduan.',
    reactivate: 'Aktifkan kembali',
    reactivated: '{{name}} aktif kembali.',
  },
  audit: {
    title: 'Jejak Audit Penyelenggaraan',
    intro:
      'Masuk dan keluarnya administrator utama serta setiap Pemda yang dibuat, diubah, ditangguhkan dan diaktifkan kembali, dalam satu rantai hash.',
    verify: 'Periksa keutuhan',
    intact: 'Rantai hash utuh: {{count}} catatan diperiksa.',
    broken: 'Rantai hash RUSAK pada catatan #{{seq}}. Catatan sebelum itu utuh ({{count}}).',
    time: 'Waktu (WIB)',
    actor: 'Pelaku',
    action: 'Tindakan',
    details: 'Rincian',
    system: 'Sistem',
  },
  account: {
    title: 'Akun Saya',
    changePassword: 'Ganti kata sandi',
    currentPassword: 'Kata sandi saat ini',
    newPassword: 'Kata sandi baru',
    newPasswordHint: 'Minimal 10 karakter. Sesi Anda di perangkat lain akan diakhiri.',
    changed: 'Kata sandi diganti.',
  },
} satisfies Messages;

export default id;
