import type { AuditBreak } from '@sigap/core';
import type { Messages } from '../../../i18n/types';

/** Namespace `audit` in Bahasa Indonesia, the source of its keys: the audit trail. */
const id = {
  title: 'Jejak Audit',
  verify: 'Periksa keutuhan',
  intact: 'Rantai hash utuh: {{count}} catatan diperiksa.',
  broken: 'Rantai hash RUSAK pada catatan #{{seq}}: {{reason}}. Catatan sebelum itu utuh ({{count}}).',
  reasons: {
    hash_mismatch: 'isi catatan diubah',
    link_mismatch: 'tautan ke catatan sebelumnya diubah',
    sequence_gap: 'ada catatan yang hilang',
    truncated: 'catatan terbaru dihapus — rantai lebih pendek dari titik jangkarnya',
    rehashed: 'riwayat ditulis ulang dan hash-nya dihitung ulang — tidak cocok dengan titik jangkarnya',
  } satisfies Record<AuditBreak, string>,
  anchored: 'Dibandingkan dengan {{count}} titik jangkar bertanda tangan di luar basis data; terakhir: catatan #{{seq}}, {{time}}.',
  notAnchored: 'Belum ada titik jangkar di luar basis data: rantai hanya diperiksa terhadap dirinya sendiri.',
  invalidAnchors: '{{count}} titik jangkar tersimpan tidak bertanda tangan sah (diubah, dipalsukan, atau kunci lain).',
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
