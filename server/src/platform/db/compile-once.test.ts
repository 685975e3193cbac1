import { describe, expect, it } from 'vitest';
import { arg, compileOnce } from './compile-once';

describe('compileOnce', () => {
  it('accepts placeholders and refuses values baked into the query', () => {
    expect(() => compileOnce((db) => db.selectFrom('pemda').select('id').where('id', '=', arg<string>(1)))).not.toThrow();
    expect(() => compileOnce((db) => db.selectFrom('pemda').select('id').where('id', '=', 'a-baked-in-value'))).toThrow(/arg\(n\)/);
  });
});
