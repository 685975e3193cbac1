import type { PdType, RoleCode } from '@sigap/core';
import type { z } from 'zod';

export const DEMO_PASSWORD = 'sigap-demo';
export const DEMO_PEMDA = { name: 'Kota Contoh', kind: 'kota', timeZone: 'Asia/Jakarta' } as const;

/** The demo deployment's super-administrator (no Pemda's user). */
export const DEMO_OPERATOR = { name: 'Sari Pengelola', email: 'superadmin@demo.sigap.id' } as const;

export interface DemoPd {
  key: string;
  name: string;
  shortName: string;
  type: z.infer<typeof PdType>;
  isDiskominfo?: boolean;
  parent?: string;
}

export const DEMO_PDS: DemoPd[] = [
  { key: 'setda', name: 'Sekretariat Daerah', shortName: 'Setda', type: 'sekretariat' },
  { key: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo', type: 'dinas', isDiskominfo: true },
  { key: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' },
  { key: 'disdik', name: 'Dinas Pendidikan', shortName: 'Disdik', type: 'dinas' },
  { key: 'dukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil', type: 'dinas' },
  { key: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', shortName: 'DPMPTSP', type: 'dinas' },
  { key: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', shortName: 'BKPSDM', type: 'badan' },
  { key: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', shortName: 'Bappeda', type: 'badan' },
  { key: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', shortName: 'BPKAD', type: 'badan' },
  { key: 'inspektorat', name: 'Inspektorat Daerah', shortName: 'Inspektorat', type: 'inspektorat' },
  { key: 'kec-kotabaru', name: 'Kecamatan Kotabaru', shortName: 'Kec. Kotabaru', type: 'kecamatan' },
  { key: 'kel-sukamaju', name: 'Kelurahan Sukamaju', shortName: 'Kel. Sukamaju', type: 'kelurahan', parent: 'kec-kotabaru' },
  { key: 'rsud', name: 'Rumah Sakit Umum Daerah Kota Contoh', shortName: 'RSUD', type: 'lainnya', parent: 'dinkes' },
];

export interface DemoUser {
  email: string;
  name: string;
  nip?: string;
  phone?: string;
  pd: string;
  roles: { role: RoleCode; pd: string | null }[];
}

/** One demo account for every role of SPEC §1; all share DEMO_PASSWORD. */
export const DEMO_USERS: DemoUser[] = [
  {
    email: 'admin@demo.sigap.id',
    name: 'Rina Administrator',
    nip: '198503122010012001',
    pd: 'diskominfo',
    roles: [{ role: 'pemda_admin', pd: null }],
  },
  {
    email: 'pimpinan@demo.sigap.id',
    name: 'Drs. Bambang Sutrisno, M.Si.',
    nip: '196608011988031001',
    pd: 'diskominfo',
    roles: [{ role: 'pimpinan_pd', pd: 'diskominfo' }],
  },
  {
    email: 'pj.layanan@demo.sigap.id',
    name: 'Sri Wahyuni, S.Kom.',
    nip: '197904152005012003',
    pd: 'diskominfo',
    roles: [{ role: 'pj_layanan', pd: 'diskominfo' }],
  },
  {
    email: 'pj.infra@demo.sigap.id',
    name: 'Agus Prasetyo, S.T., M.T.',
    nip: '198011202006041002',
    pd: 'diskominfo',
    roles: [{ role: 'pj_infra_aplikasi', pd: 'diskominfo' }],
  },
  {
    email: 'admin.layanan@demo.sigap.id',
    name: 'Dewi Lestari, S.Kom.',
    nip: '199002102015032004',
    pd: 'diskominfo',
    roles: [{ role: 'admin_layanan', pd: 'diskominfo' }],
  },
  {
    email: 'admin.infra@demo.sigap.id',
    name: 'Eko Nugroho, S.T.',
    nip: '198807072014021001',
    pd: 'diskominfo',
    roles: [{ role: 'admin_infra_aplikasi', pd: 'diskominfo' }],
  },
  {
    email: 'tier1.dinkes@demo.sigap.id',
    name: 'Putri Handayani, A.Md.',
    nip: '200012312024211001',
    pd: 'dinkes',
    roles: [{ role: 'service_desk_t1', pd: 'dinkes' }],
  },
  {
    email: 'tier2@demo.sigap.id',
    name: 'Fajar Ramadhan, S.Kom.',
    nip: '199305052019031005',
    pd: 'diskominfo',
    roles: [{ role: 'service_desk_t2', pd: 'diskominfo' }],
  },
  {
    email: 'koordinator.sd@demo.sigap.id',
    name: 'Hendra Gunawan, S.Kom., M.M.',
    nip: '198206182008011003',
    pd: 'diskominfo',
    roles: [{ role: 'koordinator_service_desk', pd: null }],
  },
  {
    email: 'koordinator.gangguan@demo.sigap.id',
    name: 'Yuni Astuti, S.T.',
    nip: '198609092011012006',
    pd: 'diskominfo',
    roles: [{ role: 'koordinator_gangguan_masalah', pd: 'diskominfo' }],
  },
  {
    email: 'tim.teknis@demo.sigap.id',
    name: 'Rudi Hartono, S.T.',
    nip: '198912122017031002',
    pd: 'diskominfo',
    roles: [{ role: 'tim_teknis', pd: 'diskominfo' }],
  },
  {
    email: 'rekanan@demo.sigap.id',
    name: 'Andi Saputra (PT Nusantara Digital)',
    phone: '0812-3456-7890',
    pd: 'diskominfo',
    roles: [{ role: 'rekanan', pd: 'diskominfo' }],
  },
  {
    email: 'komite@demo.sigap.id',
    name: 'Ir. Suharto Wibowo, M.T.',
    nip: '196712251993031004',
    pd: 'setda',
    roles: [{ role: 'komite_pengarah', pd: null }],
  },
  {
    email: 'auditor@demo.sigap.id',
    name: 'Lina Marlina, S.E., Ak.',
    nip: '198401302009022002',
    pd: 'inspektorat',
    roles: [{ role: 'auditor', pd: null }],
  },
  {
    email: 'pengguna@demo.sigap.id',
    name: 'Budi Santoso, S.Kep.',
    nip: '199107142020121003',
    phone: '0813-2222-3333',
    pd: 'dinkes',
    roles: [{ role: 'pengguna', pd: 'dinkes' }],
  },
];
