import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The secret that seals users' signing keys at rest. It is never stored in the database, so a
 * copy of the database alone cannot sign a decision: `SIGAP_SIGNING_SECRET` (32 bytes, base64)
 * for deployments with several hosts, otherwise a file made on first start under the data
 * directory (`secrets/signing.key`, readable by its owner only). Back it up with the database.
 */
export function loadSigningSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.SIGAP_SIGNING_SECRET;
  if (fromEnv) {
    const secret = Buffer.from(fromEnv, 'base64');
    if (secret.length !== 32) throw new Error('SIGAP_SIGNING_SECRET must be 32 bytes in base64');
    return secret;
  }
  const file = path.join(dataDir, 'secrets', 'signing.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // 'wx': two processes starting at once keep the first file written.
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  return loadSigningSecret(dataDir, { SIGAP_SIGNING_SECRET: fs.readFileSync(file, 'utf8').trim() });
}
