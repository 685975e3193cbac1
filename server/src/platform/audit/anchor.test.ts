import { describe, expect, it } from 'vitest';
import { checkpointSigned, signCheckpoint } from './anchor';
import { anchorKeyFrom } from './anchor-key';
import { againstCheckpoints } from './verify';

const pemdaId = '0b7f0a52-8d55-4a5e-9d62-2b0f2a0b0001';
const key = anchorKeyFrom(Buffer.alloc(32, 1));

describe('audit checkpoints', () => {
  it('derive the same key from the same secret, and another from another', () => {
    expect(anchorKeyFrom(Buffer.alloc(32, 1)).keyId).toBe(key.keyId);
    expect(anchorKeyFrom(Buffer.alloc(32, 2)).keyId).not.toBe(key.keyId);
  });

  it('are signed over every field, and only this key’s signature holds', () => {
    const c = signCheckpoint(key, { pemdaId, seq: 10, hash: 'a'.repeat(64) }, new Date('2026-01-01T00:00:00Z'));
    expect(checkpointSigned(key, c)).toBe(true);
    expect(checkpointSigned(key, { ...c, seq: 11 })).toBe(false);
    expect(checkpointSigned(key, { ...c, hash: 'b'.repeat(64) })).toBe(false);
    expect(checkpointSigned(key, { ...c, at: '2026-01-02T00:00:00.000Z' })).toBe(false);
    expect(checkpointSigned(anchorKeyFrom(Buffer.alloc(32, 2)), c)).toBe(false);
  });

  it('tell a cut chain from a re-hashed one', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const cps = [
      signCheckpoint(key, { pemdaId, seq: 3, hash: 'a'.repeat(64) }, at),
      signCheckpoint(key, { pemdaId, seq: 6, hash: 'b'.repeat(64) }, at),
    ];
    const hashes = new Map([
      [3, 'a'.repeat(64)],
      [6, 'b'.repeat(64)],
    ]);
    expect(againstCheckpoints(cps, 8, hashes)).toEqual({ brokenAtSeq: null, reason: null });
    expect(againstCheckpoints(cps, 4, new Map([[3, 'a'.repeat(64)]]))).toEqual({ brokenAtSeq: 5, reason: 'truncated' });
    expect(againstCheckpoints(cps, 8, new Map([...hashes, [3, 'c'.repeat(64)]]))).toEqual({ brokenAtSeq: 3, reason: 'rehashed' });
  });
});
