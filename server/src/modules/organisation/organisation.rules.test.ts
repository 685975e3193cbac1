import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createsParentCycle } from './organisation.rules';

describe('createsParentCycle', () => {
  const tree = new Map<string, string | null>([
    ['kec', null],
    ['kel', 'kec'],
    ['rw', 'kel'],
  ]);

  it('refuses to put a PD under itself or its descendants', () => {
    expect(createsParentCycle('kec', 'kec', tree)).toBe(true);
    expect(createsParentCycle('kec', 'rw', tree)).toBe(true);
  });

  it('allows a move elsewhere or to the top', () => {
    expect(createsParentCycle('rw', 'kec', tree)).toBe(false);
    expect(createsParentCycle('kel', null, tree)).toBe(false);
  });

  it('never accepts a parent that is a descendant, on random forests', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 1, maxLength: 20 }), fc.nat(19), fc.nat(19), (parents, a, b) => {
        // node i's parent is a node with a smaller index: always a forest
        const map = new Map<string, string | null>(parents.map((p, i) => [`n${i}`, i === 0 || p % (i + 1) === i ? null : `n${p % i}`]));
        const n = parents.length;
        const pdId = `n${a % n}`;
        const parentId = `n${b % n}`;
        let isDescendantOrSelf = false;
        for (let cur: string | null = parentId; cur !== null; cur = map.get(cur) ?? null) if (cur === pdId) isDescendantOrSelf = true;
        expect(createsParentCycle(pdId, parentId, map)).toBe(isDescendantOrSelf);
      }),
    );
  });
});
