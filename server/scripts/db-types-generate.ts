import fs from 'node:fs';
import { adminUrlOf, GENERATED_FILE, renderDbTypes } from './db-types';

// `npm run db:types`: the database's types, from the migrations, into platform/db/database.gen.ts.
fs.writeFileSync(GENERATED_FILE, await renderDbTypes(adminUrlOf(process.env)));
console.log(`wrote ${GENERATED_FILE}`);
