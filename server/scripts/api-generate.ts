// `npm run api:generate`: rewrites client/src/openapi.gen.ts from the server's route contracts.
import fs from 'node:fs/promises';
import path from 'node:path';
import { GENERATED_FILE, renderApiTypes } from './api-types';

const text = await renderApiTypes();
await fs.writeFile(GENERATED_FILE, text);
console.log(`wrote ${path.relative(process.cwd(), GENERATED_FILE)} (${text.length} characters)`);
