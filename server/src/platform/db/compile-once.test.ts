import { describe, expect, it } from 'vitest';
import { arg, compileOnce, compileOnceNamed } from './compile-once';

describe('compileOnce', () => {
  it('accepts placeholders and refuses values baked into the query', () => {
    expect(() => compileOnce((db) => db.selectFrom('pemda').select('id').where('id', '=', arg<string>(1)))).not.toThrow();
    expect(() => compileOnce((db) => db.selectFrom('pemda').select('id').where('id', '=', 'a-baked-in-value'))).toThrow(/arg\(n\)/);
  });
});

describe('compileOnceNamed', () => {
  it('numbers the names a query uses, once each, in order of first use', async () => {
    const seen: { sql: string; parameters: readonly unknown[] }[] = [];
    const fakeDb = {
      executeQuery: (q: { sql: string; parameters: readonly unknown[] }) => {
        seen.push(q);
        return Promise.resolve({ rows: [] });
      },
    };
    const run = compileOnceNamed<unknown, 'a' | 'b' | 'unused'>((db, value) =>
      db
        .selectFrom('pemda')
        .select('id')
        .where('id', '=', value<string>('b', 'uuid'))
        .where('name', '=', value<string>('a'))
        .where('kind', '=', value<'kota'>('b')),
    );
    await run(fakeDb as never, { a: 'x', b: 'y', unused: 'z' });
    expect(seen[0]?.sql).toContain('"id" = $1::uuid and "name" = $2 and "kind" = $1');
    expect(seen[0]?.parameters).toEqual(['y', 'x']);
    expect(() => compileOnceNamed((db) => db.selectFrom('pemda').select('id').where('id', '=', 'baked'))).toThrow(/value\(name\)/);
  });
});
