import type { Messages } from '../../../i18n/types';

/** Namespace `auth` in Bahasa Indonesia, the source of its keys: sign-in and the account page. */
const id = {
  title: 'Masuk ke Sigap',
  email: 'E-mail',
  password: 'Kata sandi',
  submit: 'Masuk',
  demoHint: 'Demo: admin@demo.sigap.id / sigap-demo',
  changePassword: 'Ganti kata sandi',
  currentPassword: 'Kata sandi saat ini',
  newPassword: 'Kata sandi baru',
  newPasswordHint: 'Minimal 10 karakter. Sesi Anda di perangkat lain akan diakhiri.',
  passwordChanged: 'Kata sandi berhasil diganti.',
  publicReport: 'Aduan Layanan Publik',
} satisfies Messages;

export default id;
