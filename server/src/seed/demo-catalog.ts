import type { Classification, ServiceType } from '@sigap/core';

interface DemoRequestType {
  name: string;
  fulfilmentMinutes: number;
  requiresApproval?: boolean;
}

export interface DemoService {
  name: string;
  pd: string;
  type: ServiceType;
  classification: Classification;
  description: string;
  access: string;
  always?: boolean;
  publicReporting?: boolean;
  availability: number;
  requestTypes?: DemoRequestType[];
}

const DAY = 450; // one working day (Mon–Thu) in minutes
const recovery = { rpo: 60, rto: 240 };

/** 23 services a Kota's catalog typically holds (SPEC §2), some Kritis. */
export const DEMO_SERVICES: DemoService[] = [
  {
    name: 'Surat Elektronik Dinas (E-mail)',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'esensial',
    availability: 99.5,
    description: 'Layanan e-mail resmi @kotacontoh.go.id bagi ASN dan Perangkat Daerah.',
    access: 'https://mail.kotacontoh.go.id',
    requestTypes: [
      { name: 'Pembuatan akun e-mail dinas', fulfilmentMinutes: 2 * DAY, requiresApproval: true },
      { name: 'Reset kata sandi e-mail', fulfilmentMinutes: 60 },
    ],
  },
  {
    name: 'Jaringan Intra Pemerintah dan Internet',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'kritis',
    always: true,
    availability: 99.9,
    description: 'Jaringan LAN/WAN antar-Perangkat Daerah dan akses internet kantor.',
    access: 'Kabel/Wi-Fi kantor; SSID PEMKOT-NET',
    requestTypes: [
      { name: 'Pemasangan titik akses jaringan baru', fulfilmentMinutes: 3 * DAY, requiresApproval: true },
      { name: 'Penambahan bandwidth', fulfilmentMinutes: 5 * DAY, requiresApproval: true },
    ],
  },
  {
    name: 'Pusat Data dan Layanan VPS',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'kritis',
    always: true,
    availability: 99.9,
    description: 'Penempatan server, VPS, dan hosting aplikasi Perangkat Daerah di pusat data Pemda.',
    access: 'Portal layanan pusat data',
    requestTypes: [
      { name: 'Permohonan VPS / hosting aplikasi', fulfilmentMinutes: 5 * DAY, requiresApproval: true },
      { name: 'Penambahan kapasitas penyimpanan', fulfilmentMinutes: 2 * DAY },
    ],
  },
  {
    name: 'Website Resmi Pemerintah Kota',
    pd: 'diskominfo',
    type: 'publik',
    classification: 'esensial',
    publicReporting: true,
    availability: 99.5,
    description: 'Portal informasi resmi www.kotacontoh.go.id dan subdomain Perangkat Daerah.',
    access: 'https://www.kotacontoh.go.id',
    requestTypes: [
      { name: 'Pembuatan subdomain Perangkat Daerah', fulfilmentMinutes: 2 * DAY, requiresApproval: true },
      { name: 'Unggah/ubah konten halaman', fulfilmentMinutes: DAY },
    ],
  },
  {
    name: 'Nama Domain dan Subdomain',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'normal',
    availability: 99,
    description: 'Pengelolaan domain kotacontoh.go.id beserta subdomain dan sertifikat SSL.',
    access: 'Formulir permohonan di Sigap',
    requestTypes: [{ name: 'Pendaftaran subdomain baru', fulfilmentMinutes: 2 * DAY, requiresApproval: true }],
  },
  {
    name: 'Sistem Penghubung Layanan (Interoperabilitas)',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'esensial',
    availability: 99.5,
    description: 'API gateway untuk pertukaran data antaraplikasi Pemda dan nasional.',
    access: 'https://api.kotacontoh.go.id',
    requestTypes: [{ name: 'Permohonan akses API', fulfilmentMinutes: 3 * DAY, requiresApproval: true }],
  },
  {
    name: 'Naskah Dinas Elektronik (e-Office)',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'kritis',
    availability: 99.5,
    description: 'Tata naskah dinas elektronik: surat masuk/keluar, disposisi, dan arsip.',
    access: 'https://eoffice.kotacontoh.go.id',
    requestTypes: [{ name: 'Penambahan pengguna e-Office', fulfilmentMinutes: DAY }],
  },
  {
    name: 'Aduan Publik Terpadu (SP4N-LAPOR!)',
    pd: 'diskominfo',
    type: 'publik',
    classification: 'esensial',
    publicReporting: true,
    availability: 99,
    description: 'Kanal pengaduan masyarakat yang terhubung dengan SP4N-LAPOR!.',
    access: 'https://lapor.kotacontoh.go.id',
  },
  {
    name: 'Rapat Virtual (Video Conference)',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'normal',
    availability: 98,
    description: 'Ruang rapat virtual resmi untuk kegiatan Perangkat Daerah.',
    access: 'Pemesanan melalui Sigap',
    requestTypes: [{ name: 'Pemesanan ruang rapat virtual', fulfilmentMinutes: 60 }],
  },
  {
    name: 'Sertifikat Elektronik (TTE BSrE)',
    pd: 'diskominfo',
    type: 'administrasi',
    classification: 'esensial',
    availability: 99,
    description: 'Pendaftaran dan pemulihan sertifikat elektronik untuk tanda tangan elektronik pejabat.',
    access: 'Melalui Diskominfo bekerja sama dengan BSrE',
    requestTypes: [
      { name: 'Pendaftaran sertifikat elektronik', fulfilmentMinutes: 3 * DAY, requiresApproval: true },
      { name: 'Reset passphrase sertifikat', fulfilmentMinutes: 120 },
    ],
  },
  {
    name: 'Command Center dan CCTV Kota',
    pd: 'diskominfo',
    type: 'publik',
    classification: 'esensial',
    always: true,
    availability: 99,
    description: 'Pemantauan CCTV lalu lintas dan ruang publik serta dasbor kota.',
    access: 'https://cc.kotacontoh.go.id',
  },
  {
    name: 'Portal Satu Data',
    pd: 'diskominfo',
    type: 'publik',
    classification: 'normal',
    publicReporting: true,
    availability: 98,
    description: 'Portal data terbuka dan statistik sektoral Pemda.',
    access: 'https://data.kotacontoh.go.id',
  },
  {
    name: 'SIMPEG (Sistem Informasi Kepegawaian)',
    pd: 'bkpsdm',
    type: 'administrasi',
    classification: 'esensial',
    availability: 99,
    description: 'Data induk ASN: riwayat jabatan, pangkat, cuti, dan dokumen kepegawaian.',
    access: 'https://simpeg.kotacontoh.go.id',
    requestTypes: [
      { name: 'Pembaruan data kepegawaian', fulfilmentMinutes: 2 * DAY },
      { name: 'Pembuatan akun SIMPEG', fulfilmentMinutes: DAY, requiresApproval: true },
    ],
  },
  {
    name: 'e-Kinerja ASN',
    pd: 'bkpsdm',
    type: 'administrasi',
    classification: 'esensial',
    availability: 99,
    description: 'Penyusunan SKP dan penilaian kinerja ASN.',
    access: 'https://ekinerja.kotacontoh.go.id',
  },
  {
    name: 'Layanan Adminduk Daring',
    pd: 'dukcapil',
    type: 'publik',
    classification: 'kritis',
    always: true,
    publicReporting: true,
    availability: 99.5,
    description: 'Pengajuan KK, KTP-el, akta kelahiran dan kematian secara daring.',
    access: 'https://dukcapil.kotacontoh.go.id',
  },
  {
    name: 'Pendaftaran Online Puskesmas (SIMPUS)',
    pd: 'dinkes',
    type: 'publik',
    classification: 'kritis',
    always: true,
    publicReporting: true,
    availability: 99.5,
    description: 'Antrean dan pendaftaran pasien puskesmas secara daring.',
    access: 'https://simpus.kotacontoh.go.id',
  },
  {
    name: 'SIMRS RSUD',
    pd: 'rsud',
    type: 'publik',
    classification: 'kritis',
    always: true,
    availability: 99.9,
    description: 'Sistem informasi manajemen rumah sakit: rekam medis, farmasi, billing.',
    access: 'Jaringan internal RSUD',
  },
  {
    name: 'Perizinan Berusaha Daring',
    pd: 'dpmptsp',
    type: 'publik',
    classification: 'esensial',
    publicReporting: true,
    availability: 99,
    description: 'Perizinan daerah yang terintegrasi dengan OSS.',
    access: 'https://perizinan.kotacontoh.go.id',
  },
  {
    name: 'SIPD Keuangan Daerah',
    pd: 'bpkad',
    type: 'administrasi',
    classification: 'kritis',
    availability: 99.5,
    description: 'Penatausahaan keuangan daerah: anggaran, SPP/SPM/SP2D.',
    access: 'https://sipd.kemendagri.go.id',
    requestTypes: [{ name: 'Pembuatan akun operator SIPD', fulfilmentMinutes: DAY, requiresApproval: true }],
  },
  {
    name: 'Pajak Daerah Daring (e-BPHTB)',
    pd: 'bpkad',
    type: 'publik',
    classification: 'esensial',
    publicReporting: true,
    availability: 99,
    description: 'Pelaporan dan pembayaran BPHTB serta PBB secara daring.',
    access: 'https://pajak.kotacontoh.go.id',
  },
  {
    name: 'e-Planning Pembangunan',
    pd: 'bappeda',
    type: 'administrasi',
    classification: 'normal',
    availability: 98,
    description: 'Perencanaan pembangunan daerah dan musrenbang elektronik.',
    access: 'https://eplanning.kotacontoh.go.id',
  },
  {
    name: 'JDIH (Jaringan Dokumentasi dan Informasi Hukum)',
    pd: 'setda',
    type: 'publik',
    classification: 'normal',
    publicReporting: true,
    availability: 98,
    description: 'Basis data peraturan daerah dan produk hukum Pemda.',
    access: 'https://jdih.kotacontoh.go.id',
  },
  {
    name: 'PPDB Daring',
    pd: 'disdik',
    type: 'publik',
    classification: 'kritis',
    always: true,
    publicReporting: true,
    availability: 99.5,
    description: 'Penerimaan peserta didik baru jenjang SD dan SMP secara daring.',
    access: 'https://ppdb.kotacontoh.go.id',
  },
];

export const DEMO_RECOVERY = recovery;
