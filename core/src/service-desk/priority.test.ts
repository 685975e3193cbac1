import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, DEFAULT_PRIORITY_MATRIX, IMPACTS, SERVICE_TYPES, priorityOf, priorityRank } from './priority';

const cell = fc.record({
  impact: fc.constantFrom(...IMPACTS),
  serviceType: fc.constantFrom(...SERVICE_TYPES),
  classification: fc.constantFrom(...CLASSIFICATIONS),
});

describe('priorityOf (Y-Tabel 2)', () => {
  it.each([
    ['mayor', 'publik', 'kritis', 'P1'],
    ['mayor', 'publik', 'normal', 'P3'],
    ['mayor', 'administrasi', 'kritis', 'P2'],
    ['minor', 'publik', 'esensial', 'P4'],
    ['minor', 'administrasi', 'normal', 'P6'],
  ] as const)('%s × %s × %s → %s', (impact, serviceType, classification, expected) => {
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, { impact, serviceType, classification }).priority).toBe(expected);
  });

  it('a Mayor impact is never less urgent than a Minor one on the same service', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const mayor = priorityRank(priorityOf(DEFAULT_PRIORITY_MATRIX, { ...c, impact: 'mayor' }).priority);
        const minor = priorityRank(priorityOf(DEFAULT_PRIORITY_MATRIX, { ...c, impact: 'minor' }).priority);
        expect(mayor).toBeLessThan(minor);
      }),
    );
  });

  it('public services and more critical classifications rank at least as urgent', () => {
    fc.assert(
      fc.property(cell, (c) => {
        const rank = (x: typeof c) => priorityRank(priorityOf(DEFAULT_PRIORITY_MATRIX, x).priority);
        expect(rank({ ...c, serviceType: 'publik' })).toBeLessThanOrEqual(rank({ ...c, serviceType: 'administrasi' }));
        expect(rank({ ...c, classification: 'kritis' })).toBeLessThanOrEqual(rank({ ...c, classification: 'normal' }));
      }),
    );
  });

  it('returns the reason with the priority', () => {
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, { impact: 'mayor', serviceType: 'publik', classification: 'kritis' })).toEqual({
      impact: 'mayor',
      serviceType: 'publik',
      classification: 'kritis',
      priority: 'P1',
    });
  });
});
