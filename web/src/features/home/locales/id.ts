import type { Messages } from '../../../i18n/types';

/** Namespace `home` in Bahasa Indonesia, the source of its keys: the signed-in home page. */
const id = {
  welcome: 'Selamat datang, {{name}}',
  yourRoles: 'Peran Anda',
  noRoles: 'Anda belum memiliki peran. Hubungi administrator Pemda.',
  wholePemda: 'Seluruh Pemda',
  pemda: 'Pemerintah Daerah',
  homePd: 'Perangkat Daerah asal',
} satisfies Messages;

export default id;
