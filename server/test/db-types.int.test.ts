import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { adminUrlOf, GENERATED_FILE, renderDbTypes } from '../scripts/db-types';

// The database's types come from the migrations on a PostgreSQL server: checked in that project.
// db-types.check.ts then holds every declared table type to them (tsc).
describe.skipIf(process.env.SIGAP_TEST_ENGINE !== 'postgres')('generated database types', () => {
  it('match what the migrations make', { timeout: 120_000 }, async () => {
    const committed = await fs.readFile(GENERATED_FILE, 'utf8');
    const current = await renderDbTypes(adminUrlOf(process.env));
    expect(
      current === committed,
      'server/src/platform/db/database.gen.ts is out of date with the migrations: run `npm run db:types` and commit the result',
    ).toBe(true);
  });
});
