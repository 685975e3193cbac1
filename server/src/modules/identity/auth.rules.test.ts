import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, MAX_FAILURE_DELAY_MS, failureDelayMs, isAccountLocked } from './auth.rules';

describe('isAccountLocked', () => {
  it('locks an account after repeated failures of its own, never for its address', () => {
    expect(isAccountLocked({ failuresForEmail: MAX_FAILURES_PER_EMAIL - 1, failuresFromIp: 0 })).toBe(false);
    expect(isAccountLocked({ failuresForEmail: MAX_FAILURES_PER_EMAIL, failuresFromIp: 0 })).toBe(true);
    expect(isAccountLocked({ failuresForEmail: 0, failuresFromIp: MAX_FAILURES_PER_IP * 100 })).toBe(false);
  });
});

describe('failureDelayMs', () => {
  it('slows failures from a busy address, more as they go on, within a bound', () => {
    expect(failureDelayMs(MAX_FAILURES_PER_IP - 1)).toBe(0);
    expect(failureDelayMs(MAX_FAILURES_PER_IP)).toBe(500);
    expect(failureDelayMs(MAX_FAILURES_PER_IP + 10)).toBe(1000);
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100), (n, more) => {
        expect(failureDelayMs(n)).toBeLessThanOrEqual(MAX_FAILURE_DELAY_MS);
        expect(failureDelayMs(n + more)).toBeGreaterThanOrEqual(failureDelayMs(n));
      }),
    );
  });
});
