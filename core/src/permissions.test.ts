import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DESK_ROLES,
  DESK_TIER_ROLES,
  ESCALATION_LEVEL_ROLES,
  PEMDA_ADMIN_ROLE,
  PERMISSIONS,
  SUPPORT_LINE_ROLES,
  SUPPORT_LINES,
  can,
  scopeCovers,
  scopeOf,
  type Permission,
} from './permissions';
import { ROLE_CODES, ROLES, checkRoleScope } from './roles';

const pd = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('scopeOf', () => {
  it('is Pemda-wide for a Pemda-wide assignment', () => {
    expect(scopeOf([{ role: 'pemda_admin', perangkatDaerahId: null }], 'users.manage')).toBe('all');
  });

  it('is limited to the PDs where the role is held', () => {
    const scope = scopeOf(
      [
        { role: 'pimpinan_pd', perangkatDaerahId: pd(1) },
        { role: 'pengguna', perangkatDaerahId: pd(2) },
      ],
      'users.read',
    );
    expect(scope).toEqual({ perangkatDaerahIds: [pd(1)] });
    expect(scopeCovers(scope, pd(1))).toBe(true);
    expect(scopeCovers(scope, pd(2))).toBe(false);
    expect(scopeCovers(scope, null)).toBe(false);
  });

  it('grants nothing to a plain user', () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(can([{ role: 'pengguna', perangkatDaerahId: pd(1) }], permission)).toBe(false);
    }
  });

  it('never grants more than the union of the roles held', () => {
    const assignment = fc.record({
      role: fc.constantFrom(...ROLE_CODES),
      perangkatDaerahId: fc.option(fc.constantFrom(pd(1), pd(2), pd(3)), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(assignment, { maxLength: 6 }),
        fc.constantFrom(...(Object.keys(PERMISSIONS) as Permission[])),
        (assignments, permission) => {
          const allowed: readonly string[] = PERMISSIONS[permission];
          const holders = assignments.filter((a) => allowed.includes(a.role));
          const scope = scopeOf(assignments, permission);
          if (holders.length === 0) expect(scope).toBe('none');
          else if (holders.some((a) => a.perangkatDaerahId === null)) expect(scope).toBe('all');
          else
            expect(new Set((scope as { perangkatDaerahIds: string[] }).perangkatDaerahIds)).toEqual(
              new Set(holders.map((a) => a.perangkatDaerahId)),
            );
        },
      ),
    );
  });
});

describe('checkRoleScope', () => {
  it('puts Service Desk Tier 2 only in Diskominfo (K-Pasal 39)', () => {
    expect(checkRoleScope('service_desk_t2', { perangkatDaerahId: pd(1), isDiskominfo: false })).toBe('role.requires_diskominfo');
    expect(checkRoleScope('service_desk_t2', { perangkatDaerahId: pd(1), isDiskominfo: true })).toBeNull();
  });

  it('keeps Tier 1 in one PD and the Pemda administrator Pemda-wide', () => {
    expect(checkRoleScope('service_desk_t1', { perangkatDaerahId: null, isDiskominfo: false })).toBe('role.requires_pd');
    expect(checkRoleScope('pemda_admin', { perangkatDaerahId: pd(1), isDiskominfo: false })).toBe('role.requires_pemda');
    expect(checkRoleScope('pengguna', { perangkatDaerahId: null, isDiskominfo: false })).toBeNull();
  });
});

describe('role groups', () => {
  it('escalates to administrators, then owners, then the PD head (Y-Tabel 13)', () => {
    expect(ESCALATION_LEVEL_ROLES[1]).toEqual(['admin_layanan', 'admin_infra_aplikasi']);
    expect(ESCALATION_LEVEL_ROLES[2]).toEqual(['pj_layanan', 'pj_infra_aplikasi']);
    expect(ESCALATION_LEVEL_ROLES[3]).toEqual(['pimpinan_pd']);
    expect(ESCALATION_LEVEL_ROLES[4]).toBeUndefined();
  });

  it('staffs Tier 2 at Diskominfo only, and lets every desk and support-line role handle tickets', () => {
    expect(DESK_TIER_ROLES[2].every((r) => ROLES[r].diskominfoOnly)).toBe(true);
    expect(DESK_TIER_ROLES[1].some((r) => ROLES[r].diskominfoOnly)).toBe(false);
    const workers = [...DESK_ROLES[1], ...DESK_ROLES[2], ...SUPPORT_LINES.flatMap((l) => SUPPORT_LINE_ROLES[l])];
    expect(workers.every((r) => can([{ role: r, perangkatDaerahId: pd(1) }], 'tickets.handle'))).toBe(true);
  });

  it('keeps the Pemda administrator a Pemda-wide role that manages users', () => {
    expect(ROLES[PEMDA_ADMIN_ROLE].scope).toBe('pemda');
    expect(can([{ role: PEMDA_ADMIN_ROLE, perangkatDaerahId: null }], 'users.manage')).toBe(true);
  });
});
