import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, renderApiTypes } from '../scripts/api-types';

// The document does not depend on the database engine: checked once, in the PGlite project.
describe.skipIf(process.env.SIGAP_TEST_ENGINE === 'postgres')('generated API client types', () => {
  it('match the routes the server registers', { timeout: 120_000 }, async () => {
    const committed = await fs.readFile(GENERATED_FILE, 'utf8');
    const current = await renderApiTypes();
    // Not toBe: a 160 kB diff helps no one; the fix is one command.
    expect(
      current === committed,
      'client/src/openapi.gen.ts is out of date with the server routes: run `npm run api:generate` and commit the result',
    ).toBe(true);
  });
});
