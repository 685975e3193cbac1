import { CLASSIFICATIONS } from '@sigap/core';
import { describe, expect, it } from 'vitest';
import { flag, oneOf } from './query';

describe('query helpers', () => {
  it('writes a boolean filter as the API takes it, and leaves an unset one out', () => {
    expect([flag(true), flag(false), flag(undefined)]).toEqual(['true', 'false', undefined]);
  });

  it('narrows a Select value to the enum, or nothing', () => {
    expect(oneOf(CLASSIFICATIONS, 'kritis')).toBe('kritis');
    expect(oneOf(CLASSIFICATIONS, 'lain')).toBeUndefined();
    expect(oneOf(CLASSIFICATIONS, null)).toBeUndefined();
  });
});
