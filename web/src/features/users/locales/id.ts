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
} satisfies Messages;

export default id;
