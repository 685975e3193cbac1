import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './platform/db/engine';
import { migrateToLatest } from './platform/db/migrate';
import { startHousekeeping } from './platform/jobs/housekeeping';
import { seedDemoIfEmpty } from './seed/demo';

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateToLatest(handle.db);
const app = await buildApp({
  db: handle.db,
  engine: handle.engine,
  logLevel: config.logLevel,
  trustProxy: config.trustProxy,
  webDist: config.webDist,
});
if (config.demo) {
  const seeded = await seedDemoIfEmpty(handle.db);
  if (seeded) app.log.info('Demo Pemda "Kota Contoh" seeded; every demo account uses the password sigap-demo');
}

const stopHousekeeping = startHousekeeping(handle.db, (err) => app.log.error({ err }, 'housekeeping failed'));

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  stopHousekeeping();
  await app.close();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Sigap (${handle.engine}) at http://localhost:${config.port}`);
