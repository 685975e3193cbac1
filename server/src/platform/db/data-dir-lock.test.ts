import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, LOCK_FILE, dataDirHolder, lockDataDir } from './data-dir-lock';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-lock-'));
  dirs.push(dir);
  return dir;
};

/** Another process holding the lock until it is killed; resolves once it holds it. */
async function holderProcess(dir: string) {
  const code = `import { lockDataDir } from ${JSON.stringify(path.join(import.meta.dirname, 'data-dir-lock.ts'))};
    lockDataDir(${JSON.stringify(dir)}, 'the Sigap server'); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.once('exit', (c) => reject(new Error(`holder exited with ${String(c)}`)));
  });
  return child;
}

describe('data directory lock', () => {
  it('is taken, refused to a second taker in the same process, and released', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir, 'a backup');
    expect(dataDirHolder(dir)).toMatchObject({ pid: process.pid, purpose: 'a backup' });
    expect(() => lockDataDir(dir, 'the Sigap server')).toThrow(DataDirBusyError);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(dataDirHolder(dir)).toBeNull();
    lockDataDir(dir, 'the Sigap server').release();
  });

  it('refuses while another process holds it and is taken at once when that process died', async () => {
    const dir = tempDir();
    const child = await holderProcess(dir);
    try {
      expect(() => lockDataDir(dir, 'a backup')).toThrow(/in use by the Sigap server \(process \d+/);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    // kill -9 left the file behind; its process is gone, so the lock is stale.
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    expect(dataDirHolder(dir)).toBeNull();
    lockDataDir(dir, 'a backup').release();
  }, 30_000);

  it('judges a lock of another host by when it was last touched', () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE);
    const foreign = { pid: 1, hostname: 'another-container', purpose: 'the Sigap server', since: new Date().toISOString(), token: 'x' };
    fs.writeFileSync(file, JSON.stringify(foreign));
    expect(() => lockDataDir(dir, 'a backup')).toThrow(/another-container/);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const lock = lockDataDir(dir, 'a backup');
    expect(dataDirHolder(dir)).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock left by an earlier life of its own pid (a container restarted as pid 1)', () => {
    const dir = tempDir();
    const before = { pid: process.pid, hostname: os.hostname(), purpose: 'the Sigap server', since: '2026-01-01', token: 'earlier' };
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(before));
    lockDataDir(dir, 'the Sigap server').release();
  });
});
