import type { Messages } from '../../../i18n/types';

/** Namespace `audit` in Bahasa Indonesia, the source of its keys: the audit trail. */
const id = {
  title: 'Jejak Audit',
  verify: 'Periksa keutuhan',
  intact: 'Rantai hash utuh: {{count}} catatan diperiksa.',
  broken: 'Rantai hash RUSAK pada catatan #{{seq}} ({{reason}}). Catatan sebelum itu utuh ({{count}}).',
  seq: '#',
  pending: 'Menunggu dirantai ke rantai hash',
  time: 'Waktu',
  actor: 'Pelaku',
  action: 'Tindakan',
  entity: 'Objek',
  details: 'Rincian',
  before: 'Sebelum',
  after: 'Sesudah',
  system: 'Sistem',
} satisfies Messages;

export default id;
