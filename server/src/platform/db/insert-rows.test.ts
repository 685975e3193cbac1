import { describe, expect, it } from 'vitest';
import { compiler } from './compile-once';
import { insertRows } from './insert-rows';

const pemda = '00000000-0000-4000-8000-000000000001';
const row = (n: number) => ({ pemda_id: pemda, kind: 'email' as const, payload: `{"n":${n}}` });

describe('insertRows', () => {
  it('writes the same SQL as Kysely, with the values in the same order', () => {
    for (const rows of [[row(1)], [row(1), row(2), row(3)]]) {
      const ours = insertRows(compiler, 'outbox', rows).compile();
      const kysely = compiler.insertInto('outbox').values(rows).compile();
      expect(ours.sql).toBe(kysely.sql);
      expect(ours.parameters).toEqual(kysely.parameters);
    }
  });

  it('reuses the statement of a shape and takes only the new values', () => {
    const first = insertRows(compiler, 'outbox', [row(1), row(2)]).compile();
    const second = insertRows(compiler, 'outbox', [row(3), row(4)]).compile();
    expect(second.sql).toBe(first.sql);
    expect(second.parameters).toEqual([pemda, 'email', '{"n":3}', pemda, 'email', '{"n":4}']);
  });

  it('leaves rows that differ in their columns, or hold undefined, to Kysely', () => {
    const mixed = [row(1), { pemda_id: pemda, kind: 'email' as const, payload: '{}', attempts: 2 }];
    expect(insertRows(compiler, 'outbox', mixed).compile().sql).toBe(compiler.insertInto('outbox').values(mixed).compile().sql);
    const holed = [{ pemda_id: pemda, kind: 'email' as const, payload: '{}', last_error: undefined }];
    expect(insertRows(compiler, 'outbox', holed).compile().sql).toBe(compiler.insertInto('outbox').values(holed).compile().sql);
    expect(insertRows(compiler, 'outbox', holed).compile().sql).not.toContain('last_error');
  });
});
