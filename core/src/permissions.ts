import type { RoleCode } from './roles';

/**
 * Every action the API performs is named here, with the roles that may perform it.
 * Server routes and the web navigation both read this one table.
 */
export const PERMISSIONS = {
  'organisation.manage': ['pemda_admin'],
  'users.read': ['pemda_admin', 'pimpinan_pd', 'koordinator_service_desk'],
  'users.manage': ['pemda_admin'],
  'audit.read': ['pemda_admin', 'auditor', 'komite_pengarah'],
  'calendar.manage': ['pemda_admin'],
  'reports.read': ['pemda_admin', 'auditor', 'komite_pengarah', 'pimpinan_pd', 'pj_layanan', 'koordinator_service_desk'],
  'policy.manage': ['pemda_admin'],
  'catalog.manage': ['pemda_admin', 'pj_layanan', 'pimpinan_pd'],
  /** Work tickets handled in one's PD (Tier 1, Tier 2 at Diskominfo, administrators, owners). */
  'tickets.handle': [
    'service_desk_t1',
    'service_desk_t2',
    'admin_layanan',
    'admin_infra_aplikasi',
    'koordinator_service_desk',
    'koordinator_gangguan_masalah',
    'pj_layanan',
    'pj_infra_aplikasi',
    'pimpinan_pd',
  ],
  /** Decide a service request's approval step for the providing PD (SPEC §3.4). */
  'tickets.approve': ['pj_layanan', 'pimpinan_pd'],
  /** Read problems and known errors (SPEC §3.7): those who work incidents, and the auditors. */
  'problems.read': [
    'service_desk_t1',
    'service_desk_t2',
    'admin_layanan',
    'admin_infra_aplikasi',
    'koordinator_service_desk',
    'koordinator_gangguan_masalah',
    'pj_layanan',
    'pj_infra_aplikasi',
    'pimpinan_pd',
    'tim_teknis',
    'auditor',
  ],
  /** Raise, analyse and resolve problems; be assigned one. */
  'problems.manage': [
    'koordinator_gangguan_masalah',
    'admin_layanan',
    'admin_infra_aplikasi',
    'pj_layanan',
    'pj_infra_aplikasi',
    'service_desk_t2',
    'tim_teknis',
  ],
} as const satisfies Record<string, readonly RoleCode[]>;

export type Permission = keyof typeof PERMISSIONS;

export interface RoleAssignmentLike {
  role: RoleCode;
  perangkatDaerahId: string | null;
}

/**
 * Where an actor may perform `permission`:
 * `'all'` across the Pemda, a list of PD ids, or `'none'`.
 */
export type PermissionScope = 'all' | 'none' | { perangkatDaerahIds: string[] };

export function scopeOf(assignments: readonly RoleAssignmentLike[], permission: Permission): PermissionScope {
  const allowed: readonly RoleCode[] = PERMISSIONS[permission];
  const pdIds = new Set<string>();
  for (const a of assignments) {
    if (!allowed.includes(a.role)) continue;
    if (a.perangkatDaerahId === null) return 'all';
    pdIds.add(a.perangkatDaerahId);
  }
  return pdIds.size === 0 ? 'none' : { perangkatDaerahIds: [...pdIds] };
}

export function can(assignments: readonly RoleAssignmentLike[], permission: Permission): boolean {
  return scopeOf(assignments, permission) !== 'none';
}

/** Does the scope include this PD (null = a Pemda-wide thing, which only 'all' covers)? */
export function scopeCovers(scope: PermissionScope, perangkatDaerahId: string | null): boolean {
  if (scope === 'all') return true;
  if (scope === 'none' || perangkatDaerahId === null) return false;
  return scope.perangkatDaerahIds.includes(perangkatDaerahId);
}
