import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidv7 } from './uuid7';

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisOf = (id: string) => parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('uuidv7', () => {
  it('is a version 7, RFC 9562 variant UUID that our contracts accept, holding its millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = uuidv7(ms);
        expect(id).toMatch(FORMAT);
        expect(z.uuid().safeParse(id).success).toBe(true);
        expect(millisOf(id)).toBe(ms);
      }),
    );
  });

  it('sorts ids of later milliseconds after earlier ones, as text and as PostgreSQL compares uuids', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), fc.integer({ min: 1, max: 10 ** 9 }), (ms, later) => {
        const [a, b] = [uuidv7(ms), uuidv7(Math.min(2 ** 48 - 1, ms + later))];
        expect(a < b).toBe(true);
      }),
    );
  });

  it('does not repeat within a millisecond', () => {
    const now = Date.now();
    const ids = Array.from({ length: 20_000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    // Every random digit varies (none is stuck at one value).
    const hex = ids.map((id) => id.replaceAll('-', ''));
    const randomDigits = Array.from({ length: 32 }, (_, i) => i).filter((i) => i >= 13 && i !== 16);
    for (const i of randomDigits) expect(new Set(hex.map((h) => h[i])).size).toBe(16);
  });
});
