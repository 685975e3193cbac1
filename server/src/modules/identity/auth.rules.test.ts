import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, isLoginBlocked } from './auth.rules';

describe('isLoginBlocked', () => {
  it('blocks an account after repeated failures and an address after many', () => {
    expect(isLoginBlocked({ failuresForEmail: MAX_FAILURES_PER_EMAIL - 1, failuresFromIp: 0 })).toBe(false);
    expect(isLoginBlocked({ failuresForEmail: MAX_FAILURES_PER_EMAIL, failuresFromIp: 0 })).toBe(true);
    expect(isLoginBlocked({ failuresForEmail: 0, failuresFromIp: MAX_FAILURES_PER_IP })).toBe(true);
  });
});
