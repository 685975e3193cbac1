// Provisions another Pemda on a multi-Pemda deployment, with its Diskominfo and first
// administrator. Operators run it; Pemda administrators then manage everything else.
//
//   npm run pemda:create -- --name "Kabupaten Maju" --kind kabupaten --zone Asia/Makassar \
//     --admin-email admin@majukab.go.id --admin-name "Nama Admin" --admin-password '…' [--code kab-maju]
//
// Without --code the Pemda gets the first free code its name suggests ("kabupaten-maju").
import { parseArgs } from 'node:util';
import { PemdaCode, PemdaKind, Password, TimeZone } from '@sigap/core';
import { z } from 'zod';
import { loadConfig } from '../config';
import { provisionPemda } from '../modules/provisioning';
import { openDatabase } from '../platform/db/engine';
import { migrateToLatest } from '../platform/db/migrate';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    kind: { type: 'string', default: 'kabupaten' },
    zone: { type: 'string', default: 'Asia/Jakarta' },
    code: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'admin-password': { type: 'string' },
  },
});

const input = z
  .object({
    name: z.string().min(3),
    kind: PemdaKind,
    timeZone: TimeZone,
    code: PemdaCode.optional(),
    adminEmail: z.email(),
    adminName: z.string().min(2),
    adminPassword: Password,
  })
  .parse({
    name: values.name,
    kind: values.kind,
    timeZone: values.zone,
    code: values.code,
    adminEmail: values['admin-email'],
    adminName: values['admin-name'],
    adminPassword: values['admin-password'],
  });

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(handle.db);
  const created = await provisionPemda(handle.db, input);
  console.log(`Pemda "${input.name}" dibuat (kode ${created.code}, ${created.pemdaId}); administrator ${input.adminEmail}.`);
} finally {
  await handle.close();
}
