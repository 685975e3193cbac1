import type { Messages } from '../../../i18n/types';

/** Namespace `organisation` in Bahasa Indonesia, the source of its keys: the Pemda and its Perangkat Daerah. */
const id = {
  name: 'Nama',
  title: 'Organisasi',
  pemda: 'Pemerintah Daerah',
  pemdaName: 'Nama Pemda',
  kind: 'Jenis',
  timeZone: 'Zona waktu',
  pdList: 'Perangkat Daerah',
  addPd: 'Tambah Perangkat Daerah',
  editPd: 'Ubah Perangkat Daerah',
  shortName: 'Singkatan',
  type: 'Tipe',
  isDiskominfo: 'Dinas Komunikasi dan Informatika (Diskominfo)',
  diskominfoBadge: 'Diskominfo',
  parent: 'Induk',
  noParent: '— Tanpa induk —',
  activeLabel: 'Aktif',
  pdTypes: {
    sekretariat: 'Sekretariat',
    dinas: 'Dinas',
    badan: 'Badan',
    inspektorat: 'Inspektorat',
    kecamatan: 'Kecamatan',
    kelurahan: 'Kelurahan',
    lainnya: 'Lainnya',
  },
  pemdaKinds: {
    kabupaten: 'Kabupaten',
    kota: 'Kota',
    provinsi: 'Provinsi',
  },
} satisfies Messages;

export default id;
