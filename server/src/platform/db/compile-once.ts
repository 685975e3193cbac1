import { type Compilable, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type RawBuilder, sql } from 'kysely';
import type { Database } from './schema';

/** Builds and compiles queries without a connection. */
const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** The n-th value (from 1) of a query compiled once. */
export function arg<T>(n: number): RawBuilder<T> {
  return sql<T>`${sql.raw(`$${n}`)}`;
}

/**
 * A hot query built and compiled by Kysely once, at start-up, instead of on every request
 * (building a query with several subqueries cost about as much Node CPU as PostgreSQL spent
 * running it). Its values are placeholders, `arg(1)`, `arg(2)`…, given at each call.
 */
export function compileOnce<Row>(build: (db: Kysely<Database>) => Compilable<Row>) {
  const compiled = build(compiler).compile();
  if (compiled.parameters.length > 0) throw new Error('a query compiled once takes its values as arg(n) only');
  return async (db: Kysely<Database>, ...args: readonly unknown[]): Promise<Row[]> => (await db.executeQuery<Row>({ ...compiled, parameters: args })).rows;
}
