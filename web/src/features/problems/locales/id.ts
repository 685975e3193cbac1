import type { ProblemActionName, ProblemStatus } from '@sigap/core';
import type { Messages } from '../../../i18n/types';

const statuses = {
  new: 'Baru',
  analysis: 'Analisis',
  known_error: 'Galat diketahui',
  awaiting_fix: 'Menunggu perbaikan',
  resolved: 'Selesai',
  closed: 'Ditutup',
} satisfies Record<ProblemStatus, string>;

/** Every action of the problem workflow has its label (the compiler refuses a declared action without one). */
const actions = {
  start_analysis: 'Mulai analisis',
  assign: 'Tugaskan',
  record_analysis: 'Catat analisis',
  publish_known_error: 'Terbitkan galat diketahui',
  plan_fix: 'Rencanakan perbaikan',
  resolve: 'Selesaikan',
  close: 'Tutup',
  reopen: 'Buka kembali',
} satisfies Record<ProblemActionName, string>;

/** Namespace `problems` in Bahasa Indonesia, the source of its keys: problem management (SPEC §3.7). */
const id = {
  title: 'Masalah',
  new: 'Catat masalah',
  number: 'Nomor',
  name: 'Judul',
  status: 'Status',
  priority: 'Prioritas',
  service: 'Layanan',
  noService: 'Tanpa layanan',
  assignee: 'Petugas',
  unassigned: 'Belum ditugaskan',
  owner: 'Perangkat Daerah pemilik',
  createdAt: 'Dicatat',
  none: 'Tidak ada masalah.',
  description: 'Uraian',
  impact: 'Dampak',
  urgency: 'Tingkat urgensi',
  category: 'Kategori',
  estimateHours: 'Perkiraan pengerjaan (jam)',
  origin: 'Asal',
  origins: {
    proactive: 'Proaktif',
    incidents: 'Dari gangguan',
  },
  filters: {
    status: 'Tampilkan',
    open: 'Terbuka',
    all: 'Semua',
  },
  analysis: 'Analisis',
  notYet: 'Belum dicatat.',
  statuses,
  actions,
  fields: {
    assigneeId: 'Petugas',
    symptom: 'Gejala',
    cause: 'Akar masalah',
    causeCategory: 'Kategori penyebab',
    whys: '5 Mengapa',
    workaround: 'Solusi sementara',
    fixPlan: 'Rencana perbaikan',
    resolution: 'Penyelesaian',
    body: 'Alasan',
  },
  causeCategories: {
    people: 'Manusia',
    process: 'Proses',
    technology: 'Teknologi',
    vendor: 'Rekanan',
    environment: 'Lingkungan',
  },
  created: 'Masalah {{number}} dicatat.',
} satisfies Messages;

export default id;
