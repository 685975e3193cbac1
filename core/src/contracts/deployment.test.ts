import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_PERMISSIONS, PERMISSIONS, canOperate, isDeploymentPermission } from '../permissions';
import { DEPLOYMENT_ROLE_CODES, ROLE_CODES } from '../roles';
import { PEMDA_CODE_MAX, PemdaCode, pemdaCodeFrom } from './deployment';

describe('deployment roles and permissions', () => {
  it('share no code with the Pemda roles and permissions', () => {
    const pemdaRoles = new Set<string>(ROLE_CODES);
    expect(DEPLOYMENT_ROLE_CODES.filter((r) => pemdaRoles.has(r))).toEqual([]);
    expect(Object.keys(DEPLOYMENT_PERMISSIONS).filter((p) => Object.hasOwn(PERMISSIONS, p))).toEqual([]);
    const deploymentRoles = new Set<string>(DEPLOYMENT_ROLE_CODES);
    for (const roles of Object.values(PERMISSIONS)) expect(roles.filter((r) => deploymentRoles.has(r))).toEqual([]);
  });

  it('tells a deployment permission from a Pemda one', () => {
    expect(isDeploymentPermission('tenants.manage')).toBe(true);
    expect(isDeploymentPermission('organisation.manage')).toBe(false);
    expect(isDeploymentPermission('session')).toBe(false);
  });

  it('grants every deployment permission to the super-administrator and none to nobody', () => {
    for (const p of Object.keys(DEPLOYMENT_PERMISSIONS)) {
      if (!isDeploymentPermission(p)) throw new Error(p);
      expect(canOperate(['super_admin'], p)).toBe(true);
      expect(canOperate([], p)).toBe(false);
    }
  });
});

describe('Pemda codes', () => {
  it('are suggested from the name', () => {
    expect(pemdaCodeFrom('Kabupaten Maju Jaya')).toBe('kabupaten-maju-jaya');
    expect(pemdaCodeFrom('  Kota  Bau-Bau ')).toBe('kota-bau-bau');
    expect(pemdaCodeFrom('Provinsi D.I. Yogyakarta')).toBe('provinsi-d-i-yogyakarta');
    expect(pemdaCodeFrom('Kota Bélé')).toBe('kota-bele');
    expect(pemdaCodeFrom('***')).toBe('');
  });

  it('suggested from any name are valid codes, or empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const code = pemdaCodeFrom(name);
        expect(code.length).toBeLessThanOrEqual(PEMDA_CODE_MAX);
        if (code.length >= 2) expect(PemdaCode.safeParse(code).success).toBe(true);
      }),
    );
  });

  it('are trimmed and lower-cased; spaces, underscores, hyphens at an end or doubled, and wrong lengths are refused', () => {
    expect(PemdaCode.parse(' Kab-Maju ')).toBe('kab-maju');
    for (const bad of ['kab maju', '-kab', 'kab-', 'kab--maju', 'k', 'kab_maju', 'x'.repeat(41)]) {
      expect(PemdaCode.safeParse(bad).success, bad).toBe(false);
    }
  });
});
