import { spawn } from 'node:child_process';

/**
 * PostgreSQL's own client tools, run as child processes. The connection's password goes in
 * the environment (PGPASSWORD), never on the command line where `ps` shows it.
 */
function connection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', (error) => {
      reject(new Error(`${tool} could not be started (${error.message}): install PostgreSQL's client tools (Debian: postgresql-client)`));
    });
    child.once('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${tool} failed (exit ${String(code)}): ${err.trim() || out.trim()}`));
    });
  });
}

export async function toolVersion(tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  return (await run(tool, ['--version'])).trim();
}

/**
 * pg_dump in its custom format (compressed, restorable table by table) of exactly the snapshot
 * a transaction of ours exported, so the dump, the counts and the attachment list agree.
 */
export async function pgDump(databaseUrl: string, snapshot: string, file: string): Promise<void> {
  const { dbname, env } = connection(databaseUrl);
  await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${dbname}`], env);
}

/**
 * pg_restore into an empty database in one transaction: all of it or nothing. Ownership and
 * grants are left to the connecting role (the target may be another server with other roles).
 */
export async function pgRestore(databaseUrl: string, file: string): Promise<void> {
  const { dbname, env } = connection(databaseUrl);
  await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file], env);
}
