import type { Selectable } from 'kysely';
import type { ProblemTables } from '../src/modules/problems';
import type { SopTables } from '../src/modules/sop';
import type { DB, JsonValue } from '../src/platform/db/database.gen';
import type { Database } from '../src/platform/db/schema';

/**
 * The table types the code declares (platform/db/schema.ts, platform/records/tables.ts and each
 * module's *.tables.ts) must be the ones the migrations make (database.gen.ts, generated from a
 * migrated database by `npm run db:types`; db-types.int.test.ts fails when it is stale). `tsc`
 * fails on this file when a table or column is missing on either side, or a column's type,
 * nullability or CHECK-constrained values differ. jsonb columns are declared `unknown` and read
 * through their zod schema, so any JSON value fits them.
 */
type Declared = Database & ProblemTables & SopTables;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** A jsonb column (kysely-codegen's JsonValue) fits a declared `unknown` or any JSON-shaped type. */
type Fits<Ours, Theirs> = unknown extends Ours
  ? true
  : [JsonValue] extends [Theirs]
    ? [Ours] extends [Theirs]
      ? true
      : false
    : Same<Ours, Theirs>;

type ColumnMismatches<O, G> = {
  [K in keyof O | keyof G]: K extends keyof O ? (K extends keyof G ? (Fits<O[K], G[K]> extends true ? never : K) : K) : K;
}[keyof O | keyof G];

type Mismatches = {
  [T in keyof Declared | keyof DB]: T extends keyof Declared
    ? T extends keyof DB
      ? ColumnMismatches<Selectable<Declared[T]>, Selectable<DB[T]>> extends never
        ? never
        : { table: T; columns: ColumnMismatches<Selectable<Declared[T]>, Selectable<DB[T]>> }
      : { table: T; missingInMigrations: true }
    : { table: T; notDeclared: true };
}[keyof Declared | keyof DB];

/** An error here names the table and columns whose declared type is not the migrated one. */
export const declaredTablesMatchMigrations: [Mismatches] extends [never] ? true : Mismatches = true;
