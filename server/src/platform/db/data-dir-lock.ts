import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * The embedded engine (PGlite) is one process: a second process that opens the same data
 * directory — a second server, a backup, a restore — would corrupt it, and PGlite itself does
 * not stop it (its postmaster.pid names no real process). So whoever opens a data directory
 * holds this lock file first: `<dataDir>/sigap.lock`, naming the holder's process, host and
 * purpose, its time touched every 10 s while held.
 *
 * A lock is live while its holder runs. On the same host: while that process exists and has
 * touched the file within 30 s (the same pid as this process means an earlier life of it — in a
 * container the server is often pid 1 — unless this process holds that very lock). From another
 * host (another container on the same volume): while it was touched within 30 s. So a lock left
 * by a crash is taken over at once on the same host, and after 30 s from another.
 */
export const LOCK_FILE = 'sigap.lock';
const HEARTBEAT_MS = 10_000;
const STALE_MS = 30_000;
/** The tokens of the locks this process holds now. */
const held = new Set<string>();

const Holder = z.object({
  pid: z.number().int(),
  hostname: z.string(),
  purpose: z.string(),
  since: z.string(),
  token: z.string(),
});
export type LockHolder = z.infer<typeof Holder>;

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `${dataDir} is in use by ${holder.purpose} (process ${holder.pid} on ${holder.hostname}, since ${holder.since}). ` +
        'The embedded database serves one process: stop it first. ' +
        `If that process is gone for sure, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readHolder(file: string): { holder: LockHolder | null; touchedAt: number } | null {
  try {
    const touchedAt = fs.statSync(file).mtimeMs;
    const parsed = Holder.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return { holder: parsed.success ? parsed.data : null, touchedAt };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null;
    // Unreadable or half-written: treat as held by nobody we know, judged by its age.
    return { holder: null, touchedAt: Date.now() };
  }
}

/** Whether the lock found in the file is held by a running process (see above). */
export function isLive(found: { holder: LockHolder | null; touchedAt: number }, now = Date.now()): boolean {
  const fresh = now - found.touchedAt < STALE_MS;
  const { holder } = found;
  if (!holder) return fresh;
  if (holder.hostname !== os.hostname()) return fresh;
  // This very process: one of its own live locks, or a lock left by an earlier life of the same pid.
  if (holder.pid === process.pid) return held.has(holder.token);
  return fresh && processExists(holder.pid);
}

/**
 * Takes the data directory's lock for `purpose` ("the Sigap server", "a backup"…), or throws
 * `DataDirBusyError` naming who holds it.
 */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, hostname: os.hostname(), purpose, since: new Date().toISOString(), token: randomUUID() };
  const text = JSON.stringify(mine);
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    const found = readHolder(file);
    if (found && isLive(found)) {
      throw new DataDirBusyError(dataDir, found.holder ?? { pid: 0, hostname: '?', purpose: 'an unknown process', since: '?', token: '' });
    }
    // Stale: replace it in one step, then make sure no other taker replaced it after us.
    const temporary = `${file}.${mine.token}`;
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
    const now = readHolder(file)?.holder;
    if (now?.token !== mine.token && now) throw new DataDirBusyError(dataDir, now);
  }
  held.add(mine.token);
  const heartbeat = setInterval(() => {
    try {
      const time = new Date();
      fs.utimesSync(file, time, time);
    } catch {
      // Removed under us; release() will find it gone.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return {
    file,
    release() {
      clearInterval(heartbeat);
      held.delete(mine.token);
      if (readHolder(file)?.holder?.token === mine.token) fs.rmSync(file, { force: true });
    },
  };
}

/** Who holds the data directory's lock now, or null when nobody does (a stale lock counts as nobody). */
export function dataDirHolder(dataDir: string): LockHolder | null {
  const found = readHolder(path.join(dataDir, LOCK_FILE));
  if (!found || !isLive(found)) return null;
  return found.holder ?? { pid: 0, hostname: '?', purpose: 'an unknown process', since: '?', token: '' };
}
