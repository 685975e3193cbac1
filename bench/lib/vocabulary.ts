/** Indonesian service-desk phrasing, so full-text search meets realistic words. */
export const PD_NAMES = [
  'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Sosial', 'Dinas Perhubungan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Perumahan dan Kawasan Permukiman',
  'Dinas Lingkungan Hidup', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Penanaman Modal dan PTSP', 'Dinas Koperasi dan UKM', 'Dinas Perdagangan', 'Dinas Perindustrian',
  'Dinas Pertanian', 'Dinas Ketahanan Pangan', 'Dinas Perikanan', 'Dinas Pariwisata', 'Dinas Kebudayaan', 'Dinas Pemuda dan Olahraga', 'Dinas Tenaga Kerja',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Dinas Pengendalian Penduduk dan KB', 'Dinas Perpustakaan dan Kearsipan', 'Dinas Pemadam Kebakaran',
  'Satuan Polisi Pamong Praja', 'Badan Kepegawaian dan Pengembangan SDM', 'Badan Perencanaan Pembangunan Daerah', 'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Pendapatan Daerah', 'Badan Penanggulangan Bencana Daerah', 'Badan Kesatuan Bangsa dan Politik', 'Inspektorat Daerah', 'Sekretariat Daerah', 'Sekretariat DPRD',
  'RSUD', 'Kecamatan Utara', 'Kecamatan Selatan', 'Kecamatan Timur', 'Kecamatan Barat', 'Kecamatan Tengah', 'Kelurahan Sukamaju', 'Kelurahan Sukarame',
  'Kelurahan Mekarsari', 'Kelurahan Harapan Jaya', 'Kelurahan Sidomulyo',
];

export const SERVICE_WORDS = [
  'SIMPEG', 'e-Office', 'JDIH', 'Website', 'E-mail Dinas', 'Jaringan Intra', 'Pusat Data', 'VPS', 'Aduan Publik', 'SIMPUS', 'SIMRS', 'Perizinan', 'e-BPHTB', 'PBB',
  'SIPD', 'e-Kinerja', 'PPDB', 'Adminduk', 'Satu Data', 'CCTV', 'Video Conference', 'TTE', 'e-Planning', 'e-Budgeting', 'Absensi', 'Arsip', 'Helpdesk', 'Portal', 'API Gateway',
];

export const INCIDENT_TITLES = [
  'Aplikasi {s} tidak bisa diakses', 'Halaman {s} lambat sekali', 'Gagal login ke {s}', 'Jaringan internet kantor terputus', '{s} menampilkan galat 502',
  'Data di {s} tidak tersimpan', 'Cetak laporan {s} gagal', 'Koneksi VPN ke {s} putus-putus', 'Server {s} mati', 'Sertifikat SSL {s} kedaluwarsa',
  'Notifikasi {s} tidak terkirim', 'Unggah dokumen di {s} gagal', 'Wifi ruang rapat tidak tersambung', 'Printer jaringan tidak terdeteksi', 'Email tidak bisa mengirim lampiran',
];

export const REQUEST_TITLES = [
  'Permohonan akun {s} untuk pegawai baru', 'Reset kata sandi {s}', 'Penambahan kapasitas penyimpanan {s}', 'Permohonan subdomain untuk {s}',
  'Pemasangan titik akses jaringan baru', 'Permohonan VPS untuk aplikasi {s}', 'Perubahan hak akses {s}', 'Pemesanan ruang rapat virtual', 'Pembaruan data pada {s}',
];

export const DESCRIPTIONS = [
  'Sejak pagi pengguna di bagian umum tidak dapat membuka aplikasi dan muncul pesan galat.',
  'Mohon bantuan segera karena layanan kepada masyarakat terganggu dan antrean menumpuk.',
  'Sudah dicoba memulai ulang komputer dan router tetapi masalah tetap terjadi.',
  'Kebutuhan ini untuk mendukung kegiatan pelayanan publik pada triwulan berjalan.',
  'Beberapa staf melaporkan koneksi terputus-putus terutama pada jam sibuk siang hari.',
  'Lampiran tangkapan layar pesan kesalahan sudah disiapkan bila diperlukan petugas.',
];

export const COMMENTS = [
  'Sedang kami periksa, mohon ditunggu.', 'Mohon kirim tangkapan layar pesan galatnya.', 'Sudah kami teruskan ke administrator infrastruktur.',
  'Perbaikan sudah dilakukan, silakan dicoba kembali.', 'Terima kasih, sudah bisa digunakan.', 'Masih terjadi pada komputer lain di ruangan yang sama.',
];
