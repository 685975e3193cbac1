import { ROLE_CODES, ROLES, type DeploymentRoleCode, type RoleCode } from './roles';

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

/*
 * Role groups: where code needs role codes for something other than a permission (routing a
 * ticket, telling people, keeping an administrator), it names one of these groups. Role codes
 * are written here, in the role catalogue (roles.ts) and in the workflow declarations only;
 * server/test/role-names.test.ts keeps server and web source free of them.
 */

/** The role a new Pemda's first administrator holds; its last active holder can be neither removed nor deactivated. */
export const PEMDA_ADMIN_ROLE = 'pemda_admin' satisfies RoleCode;

/**
 * Who staffs each service-desk tier (K-Pasal 39): Tier 1 in a PD, Tier 2 at Diskominfo. A PD
 * has its own Tier 1 desk when someone holds the Tier 1 role there (new tickets go to it).
 */
export const DESK_TIER_ROLES = { 1: ['service_desk_t1'], 2: ['service_desk_t2'] } as const satisfies Record<1 | 2, readonly RoleCode[]>;

/** Who is told of a ticket arriving at (or coming back to) a desk: the tier's agents and the service administrators. */
export const DESK_ROLES = {
  1: [...DESK_TIER_ROLES[1], 'admin_layanan'],
  2: [...DESK_TIER_ROLES[2], 'admin_layanan'],
} as const satisfies Record<1 | 2, readonly RoleCode[]>;

/**
 * The last fallback for a ticket whose desk, and Tier 2 at Diskominfo, have nobody to act: the
 * Koordinator Service Desk (P-II.1) is told to take it (issue 17, item 5).
 */
export const DESK_FALLBACK_ROLES = ['koordinator_service_desk'] as const satisfies readonly RoleCode[];

/**
 * A ticket's support line (Y-Tabel 13), named after the administrators who work it: the
 * service's, then infrastructure & application. Also the two kinds of a service's staff.
 */
export const SUPPORT_LINE = { service: 'admin_layanan', infra: 'admin_infra' } as const;
export const SUPPORT_LINES = [SUPPORT_LINE.service, SUPPORT_LINE.infra] as const;
export type SupportLine = (typeof SUPPORT_LINES)[number];

/** Who works a support line when the service names no staff of that kind (in its providing PD). */
export const SUPPORT_LINE_ROLES = {
  admin_layanan: ['admin_layanan'],
  admin_infra: ['admin_infra_aplikasi'],
} as const satisfies Record<SupportLine, readonly RoleCode[]>;

/** Who receives the audit trail's daily signed checkpoint by e-mail (the Inspektorat's auditors). */
export const AUDIT_CHECKPOINT_ROLES = ['auditor'] as const satisfies readonly RoleCode[];

/** A vendor (Rekanan Penyedia Barang dan Jasa) a PD engages; eligible for a ticket once it is handed to a vendor. */
export const VENDOR_ROLES = ['rekanan'] as const satisfies readonly RoleCode[];

/**
 * Hierarchical escalation (Y-Tabel 13): the roles told when a ticket reaches level 1, 2 or 3 in
 * its providing PD, read from the role catalogue's `escalationLevel`. Other levels: nobody.
 */
export const ESCALATION_LEVEL_ROLES: Readonly<Record<number, readonly RoleCode[]>> = Object.fromEntries(
  [1, 2, 3].map((level) => [level, ROLE_CODES.filter((code) => ROLES[code].escalationLevel === level)]),
);

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

/**
 * What the deployment's own operators may do, with the deployment roles that may do it. None of
 * these reaches a Pemda's data: a deployment operator holds no Pemda permission at all.
 */
export const DEPLOYMENT_PERMISSIONS = {
  /** List, create (provision), edit, suspend and reactivate Pemda. */
  'tenants.manage': ['super_admin'],
  /** Read and verify the deployment's own audit chain. */
  'deployment.audit.read': ['super_admin'],
} as const satisfies Record<string, readonly DeploymentRoleCode[]>;

export type DeploymentPermission = keyof typeof DEPLOYMENT_PERMISSIONS;

/** The role the deployment's first operator is given (`npm run superadmin:create`). */
export const SUPER_ADMIN_ROLE = 'super_admin' satisfies DeploymentRoleCode;

export function isDeploymentPermission(value: string): value is DeploymentPermission {
  return Object.hasOwn(DEPLOYMENT_PERMISSIONS, value);
}

/** May an operator holding `roles` do `permission`? */
export function canOperate(roles: readonly DeploymentRoleCode[], permission: DeploymentPermission): boolean {
  const allowed: readonly DeploymentRoleCode[] = DEPLOYMENT_PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}
