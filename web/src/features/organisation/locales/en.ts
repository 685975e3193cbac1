import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `organisation` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  name: 'Name',
  title: 'Organisation',
  pemda: 'Local government',
  pemdaName: 'Name',
  kind: 'Kind',
  timeZone: 'Time zone',
  pdList: 'Government units (Perangkat Daerah)',
  addPd: 'Add unit',
  editPd: 'Edit unit',
  shortName: 'Short name',
  type: 'Type',
  isDiskominfo: 'ICT office (Diskominfo)',
  diskominfoBadge: 'Diskominfo',
  parent: 'Parent',
  noParent: '— No parent —',
  activeLabel: 'Active',
  pdTypes: {
    sekretariat: 'Secretariat',
    dinas: 'Agency (Dinas)',
    badan: 'Board (Badan)',
    inspektorat: 'Inspectorate',
    kecamatan: 'District (Kecamatan)',
    kelurahan: 'Village (Kelurahan)',
    lainnya: 'Other',
  },
  pemdaKinds: {
    kabupaten: 'Regency',
    kota: 'City',
    provinsi: 'Province',
  },
};

export default en;
