/**
 * Stable problem codes (RFC 9457 `code` extension) with their HTTP status and the
 * Indonesian `detail` users see. Clients switch on `code`, never on the text.
 */
export const PROBLEMS = {
  'validation.failed': { status: 400, title: 'Data tidak valid', detail: 'Data yang dikirim tidak valid. Periksa isian yang ditandai.' },
  'request.malformed': {
    status: 400,
    title: 'Permintaan rusak',
    detail: 'Permintaan tidak dapat dibaca. Pastikan formatnya JSON yang benar.',
  },
  'request.unsupported_media_type': {
    status: 415,
    title: 'Jenis konten tidak didukung',
    detail: 'Jenis konten permintaan tidak didukung. Gunakan application/json.',
  },
  'request.too_large': { status: 413, title: 'Permintaan terlalu besar', detail: 'Ukuran permintaan melebihi batas yang diizinkan.' },
  'request.uri_too_long': { status: 414, title: 'Alamat terlalu panjang', detail: 'Alamat (URL) permintaan terlalu panjang.' },
  'request.method_not_allowed': {
    status: 405,
    title: 'Metode tidak diizinkan',
    detail: 'Metode HTTP ini tidak didukung untuk alamat tersebut.',
  },
  'route.not_found': { status: 404, title: 'Alamat tidak ditemukan', detail: 'Alamat yang diminta tidak ditemukan.' },
  'resource.not_found': {
    status: 404,
    title: 'Data tidak ditemukan',
    detail: 'Data yang diminta tidak ditemukan atau Anda tidak berhak melihatnya.',
  },
  'auth.unauthenticated': {
    status: 401,
    title: 'Belum masuk',
    detail: 'Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.',
  },
  'auth.invalid_credentials': { status: 401, title: 'Gagal masuk', detail: 'E-mail atau kata sandi salah.' },
  'auth.account_inactive': { status: 403, title: 'Akun nonaktif', detail: 'Akun Anda nonaktif. Hubungi administrator Pemda.' },
  'auth.rate_limited': {
    status: 429,
    title: 'Terlalu banyak percobaan',
    detail: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.',
  },
  'auth.pemda_suspended': {
    status: 403,
    title: 'Pemda ditangguhkan',
    detail: 'Pemda Anda sedang ditangguhkan oleh pengelola Sigap, sehingga Anda belum dapat masuk. Hubungi Diskominfo Pemda Anda.',
  },
  'auth.forbidden': { status: 403, title: 'Tidak berwenang', detail: 'Anda tidak berwenang melakukan tindakan ini.' },
  'auth.csrf': {
    status: 403,
    title: 'Token CSRF tidak valid',
    detail: 'Token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
  },
  'auth.wrong_password': { status: 400, title: 'Kata sandi salah', detail: 'Kata sandi saat ini tidak sesuai.' },
  'conflict.version': {
    status: 409,
    title: 'Data sudah berubah',
    detail: 'Data telah diubah oleh orang lain sejak Anda membukanya. Muat ulang lalu ulangi perubahan Anda.',
  },
  'conflict.duplicate': { status: 409, title: 'Data ganda', detail: 'Data dengan nilai yang sama sudah ada.' },
  'conflict.in_use': {
    status: 409,
    title: 'Data masih dipakai',
    detail: 'Data ini masih dipakai oleh data lain sehingga tidak dapat dihapus. Nonaktifkan saja.',
  },
  'idempotency.mismatch': {
    status: 422,
    title: 'Kunci idempotensi dipakai ulang',
    detail: 'Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda.',
  },
  'role.requires_pd': {
    status: 422,
    title: 'Peran butuh Perangkat Daerah',
    detail: 'Peran ini harus ditetapkan pada satu Perangkat Daerah.',
  },
  'role.requires_pemda': {
    status: 422,
    title: 'Peran tingkat Pemda',
    detail: 'Peran ini berlaku untuk seluruh Pemda, bukan satu Perangkat Daerah.',
  },
  'role.requires_diskominfo': {
    status: 422,
    title: 'Peran khusus Diskominfo',
    detail: 'Service Desk Tier 2 hanya dapat ditetapkan pada Dinas Komunikasi dan Informatika.',
  },
  'role.last_admin': {
    status: 422,
    title: 'Administrator terakhir',
    detail: 'Administrator Pemda terakhir tidak dapat dihapus atau dinonaktifkan.',
  },
  'pemda.suspended': {
    status: 403,
    title: 'Pemda ditangguhkan',
    detail: 'Pemda ini sedang ditangguhkan di Sigap, sehingga aduan baru belum dapat diterima. Sampaikan aduan Anda langsung kepada Pemda.',
  },
  'pemda.status_unchanged': {
    status: 409,
    title: 'Status Pemda sudah demikian',
    detail: 'Pemda ini sudah berstatus demikian. Muat ulang halaman untuk melihat statusnya.',
  },
  'pd.parent_invalid': {
    status: 422,
    title: 'Induk tidak valid',
    detail: 'Induk Perangkat Daerah tidak valid (tidak ada atau membentuk lingkaran).',
  },
  'ticket.action_not_allowed': {
    status: 409,
    title: 'Tindakan tidak tersedia',
    detail: 'Tindakan ini tidak dapat dilakukan pada status tiket saat ini atau oleh Anda.',
  },
  'ticket.service_inactive': { status: 422, title: 'Layanan tidak aktif', detail: 'Layanan ini tidak aktif atau tidak menerima laporan.' },
  'ticket.request_type_required': { status: 422, title: 'Jenis permintaan wajib', detail: 'Pilih jenis permintaan dari katalog layanan.' },
  'attachment.type': {
    status: 415,
    title: 'Jenis berkas tidak diizinkan',
    detail: 'Jenis berkas tidak diizinkan. Unggah PDF, gambar, dokumen Office/ODF, CSV, teks, atau ZIP.',
  },
  'attachment.missing': { status: 400, title: 'Berkas tidak ada', detail: 'Pilih satu berkas untuk diunggah.' },
  'attachment.malformed': {
    status: 400,
    title: 'Unggahan tidak terbaca',
    detail: 'Unggahan tidak dapat dibaca. Kirim sebagai multipart/form-data dengan satu berkas pada field "file".',
  },
  'attachment.too_large': { status: 413, title: 'Berkas terlalu besar', detail: 'Ukuran berkas melebihi 10 MiB.' },
  'record.action_not_allowed': {
    status: 409,
    title: 'Tindakan tidak tersedia',
    detail: 'Tindakan ini tidak dapat dilakukan pada status catatan saat ini atau oleh Anda.',
  },
  'record.link_kind': {
    status: 422,
    title: 'Tautan tidak diizinkan',
    detail: 'Jenis tautan ini tidak dapat menghubungkan kedua catatan tersebut.',
  },
  'record.person_not_eligible': {
    status: 400,
    title: 'Tidak dapat dipilih',
    detail: 'Orang ini tidak dapat dipilih untuk tugas ini pada catatan ini: hanya petugas yang berwenang menanganinya.',
  },
  'approval.not_approver': {
    status: 403,
    title: 'Bukan pemberi persetujuan',
    detail: 'Anda tidak berwenang memutuskan langkah persetujuan ini.',
  },
  'approval.closed': {
    status: 409,
    title: 'Persetujuan sudah diputuskan',
    detail: 'Langkah persetujuan ini sudah tidak menunggu keputusan.',
  },
  'calendar.in_use': {
    status: 409,
    title: 'Kalender masih dipakai',
    detail: 'Kalender kerja ini masih dipakai layanan. Pindahkan layanan itu ke kalender lain lebih dulu.',
  },
  'calendar.is_default': {
    status: 409,
    title: 'Kalender bawaan',
    detail: 'Kalender kerja bawaan Pemda tidak dapat dihapus.',
  },
  'server.internal': { status: 500, title: 'Kesalahan server', detail: 'Terjadi kesalahan pada server. Kejadian ini telah dicatat.' },
} as const satisfies Record<string, { status: number; title: string; detail: string }>;

export type ProblemCode = keyof typeof PROBLEMS;
