import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, hashRecord } from './hash-chain';

const base = {
  pemdaId: 'p',
  seq: 1,
  occurredAt: new Date('2026-01-05T01:02:03.004Z'),
  actorId: null,
  actorName: 'sistem',
  action: 'x.create',
  entityType: 'x',
  entityId: '1',
  before: null,
  after: { a: 1, b: [1, 2, { c: 'd' }] },
  requestId: null,
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('hashRecord', () => {
  it('changes when any field changes', () => {
    const h = hashRecord(base);
    expect(hashRecord({ ...base, after: { a: 2, b: [1, 2, { c: 'd' }] } })).not.toBe(h);
    expect(hashRecord({ ...base, prevHash: '1'.repeat(64) })).not.toBe(h);
    expect(hashRecord({ ...base, occurredAt: new Date(base.occurredAt.getTime() + 1) })).not.toBe(h);
    expect(hashRecord({ ...base })).toBe(h);
  });
});
