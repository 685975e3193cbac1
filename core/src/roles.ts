/**
 * SPBE service-management roles (SPEC §1; Y-Tabel 1, P-II.1, K-Pasal 39, B).
 * A role is assigned either to a whole Pemda or to one Perangkat Daerah.
 */
export const ROLE_CODES = [
  'pemda_admin',
  'pimpinan_pd',
  'pj_layanan',
  'pj_infra_aplikasi',
  'admin_layanan',
  'admin_infra_aplikasi',
  'service_desk_t1',
  'service_desk_t2',
  'koordinator_service_desk',
  'koordinator_gangguan_masalah',
  'tim_teknis',
  'rekanan',
  'komite_pengarah',
  'auditor',
  'pengguna',
] as const;

export type RoleCode = (typeof ROLE_CODES)[number];

/** Where a role may be held: over the whole Pemda, in one PD, or either. */
export type RoleScopeKind = 'pemda' | 'pd' | 'any';

export interface RoleDefinition {
  code: RoleCode;
  scope: RoleScopeKind;
  /** Hierarchical escalation level (Y-Tabel 13), when the role takes part in it. */
  escalationLevel?: 1 | 2 | 3;
  /** Must be held in the Diskominfo PD (Service Desk Tier 2, K-Pasal 39). */
  diskominfoOnly?: boolean;
}

export const ROLES: Record<RoleCode, RoleDefinition> = {
  pemda_admin: { code: 'pemda_admin', scope: 'pemda' },
  pimpinan_pd: { code: 'pimpinan_pd', scope: 'pd', escalationLevel: 3 },
  pj_layanan: { code: 'pj_layanan', scope: 'pd', escalationLevel: 2 },
  pj_infra_aplikasi: { code: 'pj_infra_aplikasi', scope: 'pd', escalationLevel: 2 },
  admin_layanan: { code: 'admin_layanan', scope: 'pd', escalationLevel: 1 },
  admin_infra_aplikasi: { code: 'admin_infra_aplikasi', scope: 'pd', escalationLevel: 1 },
  service_desk_t1: { code: 'service_desk_t1', scope: 'pd' },
  service_desk_t2: { code: 'service_desk_t2', scope: 'pd', diskominfoOnly: true },
  koordinator_service_desk: { code: 'koordinator_service_desk', scope: 'any' },
  koordinator_gangguan_masalah: { code: 'koordinator_gangguan_masalah', scope: 'any' },
  tim_teknis: { code: 'tim_teknis', scope: 'any' },
  rekanan: { code: 'rekanan', scope: 'pd' },
  komite_pengarah: { code: 'komite_pengarah', scope: 'pemda' },
  auditor: { code: 'auditor', scope: 'pemda' },
  pengguna: { code: 'pengguna', scope: 'any' },
};

export interface RoleScopeTarget {
  /** null = the whole Pemda */
  perangkatDaerahId: string | null;
  isDiskominfo: boolean;
}

export type RoleScopeViolation = 'role.requires_pd' | 'role.requires_pemda' | 'role.requires_diskominfo';

/** Pure rule: may `role` be held at `target`? Returns the violation, or null when allowed. */
export function checkRoleScope(role: RoleCode, target: RoleScopeTarget): RoleScopeViolation | null {
  const def = ROLES[role];
  if (def.scope === 'pd' && target.perangkatDaerahId === null) return 'role.requires_pd';
  if (def.scope === 'pemda' && target.perangkatDaerahId !== null) return 'role.requires_pemda';
  if (def.diskominfoOnly && !target.isDiskominfo) return 'role.requires_diskominfo';
  return null;
}

/**
 * Deployment roles: held by the people who run a deployment (a province's or the nation's), not by
 * anyone of a Pemda. They create, edit and suspend Pemda and see none of any Pemda's data; they sign
 * in apart from Pemda users. No Pemda role is a deployment role and no deployment role a Pemda role.
 */
export const DEPLOYMENT_ROLE_CODES = ['super_admin'] as const;

export type DeploymentRoleCode = (typeof DEPLOYMENT_ROLE_CODES)[number];
