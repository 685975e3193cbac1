import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, scopeCovers, scopeOf, type Permission } from './permissions';
import { ROLE_CODES, checkRoleScope } from './roles';

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
