// npm run bench:generate -- [--scale 100000] [--database-url postgres://…] [--pglite DIR]
// Fills an empty database with the benchmark dataset (migrating it first) and prints its facts.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../server/src/platform/db/engine';
import { migrateToLatest } from '../server/src/platform/db/migrate';
import { generate } from './lib/generate';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '100000' }, 'database-url': { type: 'string' }, pglite: { type: 'string' } },
});
if (!values['database-url'] && !values.pglite) throw new Error('give --database-url postgres://… or --pglite DIR');
const handle = await openDatabase({ databaseUrl: values['database-url'], dataDir: values.pglite ?? null });
try {
  await migrateToLatest(handle.db);
  if (await handle.db.selectFrom('ticket').select('id').limit(1).executeTakeFirst()) throw new Error('the database already holds tickets');
  const facts = await generate(handle.db, Number(values.scale), (m) => console.log(m));
  await sql`VACUUM ANALYZE`.execute(handle.db);
  console.log(JSON.stringify(facts, null, 2));
} finally {
  await handle.close();
}
