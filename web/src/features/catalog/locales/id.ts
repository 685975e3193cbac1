import type { Messages } from '../../../i18n/types';

/** Namespace `catalog` in Bahasa Indonesia, the source of its keys: the service catalog. */
const id = {
  name: 'Nama',
  catalog: 'Katalog Layanan',
  report: 'Laporkan gangguan',
  request: 'Ajukan permintaan',
  requestType: 'Jenis permintaan',
  description: 'Uraian gejala atau kebutuhan',
  serviceHelp: 'Kontak bantuan: {{contact}}',
  classification: 'Klasifikasi',
  serviceType: 'Jenis layanan',
  availability: 'Target ketersediaan',
  access: 'Cara mengakses',
  helpdeskHours: 'Jam layanan bantuan',
  provider: 'Penyedia layanan',
  serviceAdmins: 'Administrator layanan',
  infraAdmins: 'Administrator infrastruktur/aplikasi',
  recovery: 'RPO {{rpo}} mnt · RTO {{rto}} mnt · DRP {{drp}}',
  requestTypes: 'Daftar permintaan layanan',
  fulfilment: 'target {{time}}',
  needsApproval: 'perlu persetujuan',
  fulfilmentMinutes: 'Target pemenuhan (menit kerja)',
} satisfies Messages;

export default id;
