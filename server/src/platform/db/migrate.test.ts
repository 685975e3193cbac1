import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { migrations } from '../../../migrations';

it('lists every migration file, in order', () => {
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');
  const files = fs
    .readdirSync(folder)
    .filter((f) => /^\d{4}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  expect(Object.keys(migrations)).toEqual(files);
});
