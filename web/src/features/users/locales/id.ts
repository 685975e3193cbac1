import type { Messages } from '../../../i18n/types';

/** Namespace `users` in Bahasa Indonesia, the source of its keys: users and their roles. */
const id = {
  name: 'Nama lengkap',
  add: 'Tambah pengguna',
  edit: 'Ubah pengguna',
  title: 'Pengguna & Peran',
  email: 'E-mail',
  password: 'Kata sandi awal',
  newPassword: 'Kata sandi baru',
  wholePemda: 'Seluruh Pemda',
  homePd: 'Perangkat Daerah',
  roles: 'Peran',
  nip: 'NIP',
  nipHint: '18 digit; PNS atau PPPK',
  phone: 'Telepon',
  addRole: 'Tetapkan peran',
  role: 'Peran',
  scope: 'Lingkup',
  removeRole: 'Cabut peran {{role}}',
  resetPassword: 'Setel ulang kata sandi',
  passwordReset: 'Kata sandi disetel ulang; sesi pengguna diakhiri.',
  filterRole: 'Saring peran',
  filterPd: 'Saring Perangkat Daerah',
  noPd: '— Tidak ada —',
  staffing: {
    allStaffed: 'Setiap Service Desk dan langkah persetujuan sudah memiliki petugas.',
    title: 'Pemeriksaan petugas layanan: {{count}} Service Desk atau langkah persetujuan tanpa petugas',
    intro:
      'Tiket yang sampai di sini tidak dapat digerakkan oleh siapa pun di Perangkat Daerah tersebut. Administrator Pemda juga menerima pemberitahuan ini setiap pagi.',
    desk: 'Service Desk Tier {{tier}} {{pd}}',
    approval: 'Persetujuan permintaan layanan di {{pd}}',
    fallback: {
      tier2: 'Sementara tiketnya diteruskan ke Service Desk Tier 2 Diskominfo.',
      koordinator: 'Sementara Koordinator Service Desk diminta menangani tiketnya.',
      diskominfo: 'Sementara pejabat Diskominfo yang memutuskan.',
      none: 'Tidak ada yang dapat mengambil alih tiketnya.',
    },
    give: 'Tetapkan peran {{roles}}.',
    or: ' atau ',
    waiting: '{{count}} tiket sedang menunggu.',
    showPd: 'Lihat pengguna PD ini',
  },
} satisfies Messages;

export default id;
