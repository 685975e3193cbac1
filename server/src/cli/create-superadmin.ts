// Makes a super-administrator of the deployment: someone who creates, edits, suspends and
// reactivates Pemda in the web app (/superadmin) and sees none of any Pemda's data. Run it once on
// a new deployment for the first one (with PGlite, while the server is stopped):
//
//   npm run superadmin:create -- --name "Nama Pengelola" --email pengelola@provinsi.go.id --password '…'
import { parseArgs } from 'node:util';
import { OperatorCreate } from '@sigap/core';
import { loadConfig } from '../config';
import { createSuperAdmin } from '../modules/deployment';
import { openDatabase } from '../platform/db/engine';
import { migrateToLatest } from '../platform/db/migrate';
import { ProblemError } from '../platform/http/problem';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
  },
});

const parsed = OperatorCreate.safeParse({ name: values.name, email: values.email, password: values.password });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(handle.db);
  await createSuperAdmin(handle.db, parsed.data);
  console.log(`Administrator utama ${parsed.data.email} dibuat; masuk di /superadmin/masuk.`);
} catch (error) {
  if (!(error instanceof ProblemError)) throw error;
  console.error(error.errors?.map((e) => e.message).join(' ') ?? error.message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
