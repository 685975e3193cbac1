import type { Messages } from '../../../i18n/types';

/** Namespace `public` in Bahasa Indonesia, the source of its keys: the public portal: report a disruption, track it. */
const id = {
  title: 'Judul singkat',
  email: 'E-mail',
  submit: 'Kirim',
  phone: 'Telepon/WhatsApp',
  service: 'Layanan',
  description: 'Uraian gejala atau kebutuhan',
  impact: 'Dampak',
  urgency: 'Tingkat urgensi',
  submitted: 'Tiket {{number}} diterima.',
  satisfied: 'Puas',
  notSatisfied: 'Tidak puas',
  trackingCode: 'Kode pelacakan',
  trackingHint: 'Simpan kode ini untuk melacak aduan dan mengonfirmasi penyelesaiannya.',
  track: 'Lacak aduan',
  trackPrompt: 'Masukkan kode pelacakan',
  publicReportTitle: 'Aduan Layanan Publik',
  publicReportIntro: 'Laporkan gangguan layanan publik Pemerintah Daerah. Anda tidak perlu akun.',
  yourName: 'Nama Anda',
  signIn: 'Masuk sebagai pegawai',
  serviceHelp: 'Kontak bantuan: {{contact}}',
} satisfies Messages;

export default id;
