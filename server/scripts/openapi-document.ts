import os from 'node:os';
import { buildApp } from '../src/app';
import { openDatabase } from '../src/platform/db/engine';

/**
 * The OpenAPI document the server serves at /api/openapi.json, built in-process: the app on an
 * empty in-memory PGlite (routes only need a handle, not tables), no listening socket.
 */
export async function buildOpenApiDocument(): Promise<unknown> {
  const handle = await openDatabase({ dataDir: null });
  try {
    const app = await buildApp({ db: handle.db, engine: handle.engine, logLevel: 'silent', attachmentsDir: os.tmpdir() });
    try {
      await app.ready();
      return app.swagger();
    } finally {
      await app.close();
    }
  } finally {
    await handle.close();
  }
}
