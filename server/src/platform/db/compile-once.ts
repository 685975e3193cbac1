import {
  type Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type RawBuilder,
  sql,
} from 'kysely';
import type { Database } from './schema';

/** Builds and compiles queries without a connection. */
export const compiler = new Kysely<Database>({
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
  return async (db: Kysely<Database>, ...args: readonly unknown[]): Promise<Row[]> =>
    (await db.executeQuery<Row>({ ...compiled, parameters: args })).rows;
}

/**
 * Like compileOnce, with values named instead of numbered: `value('pemda')` stands for a
 * placeholder, and the same name used twice is the same placeholder. Only the names a query
 * uses become its parameters, so query shapes that differ in their filters share one call.
 */
export function compileOnceNamed<Row, Name extends string>(
  build: (db: Kysely<Database>, value: <T>(name: Name, cast?: string) => RawBuilder<T>) => Compilable<Row>,
) {
  const order: Name[] = [];
  const value = <T>(name: Name, cast?: string): RawBuilder<T> => {
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return sql<T>`${sql.raw(`$${index + 1}${cast ? `::${cast}` : ''}`)}`;
  };
  const compiled = build(compiler, value).compile();
  if (compiled.parameters.length > 0) throw new Error('a query compiled once takes its values as value(name) only');
  return async (db: Kysely<Database>, values: Readonly<Record<Name, unknown>>): Promise<Row[]> =>
    (await db.executeQuery<Row>({ ...compiled, parameters: order.map((name) => values[name]) })).rows;
}
