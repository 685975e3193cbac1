import fs from 'node:fs';
import { z } from 'zod';

/** This build's version, from the server's package.json (written into every backup's manifest). */
export function sigapVersion(): string {
  const text = fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
}
