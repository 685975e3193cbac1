import { describe, expect, it } from 'vitest';
import { isoToZonedInput, zonedInputToIso } from './reportTime';

describe('report time in the Pemda’s zone', () => {
  it('reads the wall-clock time in WIB, WITA and WIT, whatever the browser’s zone', () => {
    expect(zonedInputToIso('2026-05-13T14:30', 'Asia/Jakarta')).toBe('2026-05-13T07:30:00.000Z');
    expect(zonedInputToIso('2026-05-13T14:30', 'Asia/Makassar')).toBe('2026-05-13T06:30:00.000Z');
    expect(zonedInputToIso('2026-01-01T00:15', 'Asia/Jayapura')).toBe('2025-12-31T15:15:00.000Z');
  });
  it('is null for an empty or partial value', () => {
    expect(zonedInputToIso('', 'Asia/Jakarta')).toBeNull();
    expect(zonedInputToIso('2026-05-13', 'Asia/Jakarta')).toBeNull();
  });
  it('writes an instant back as the zone’s wall-clock time', () => {
    expect(isoToZonedInput(new Date('2026-05-13T07:30:00Z'), 'Asia/Jakarta')).toBe('2026-05-13T14:30');
    expect(zonedInputToIso(isoToZonedInput(new Date('2026-05-13T07:30:00Z'), 'Asia/Makassar'), 'Asia/Makassar')).toBe(
      '2026-05-13T07:30:00.000Z',
    );
  });
});
