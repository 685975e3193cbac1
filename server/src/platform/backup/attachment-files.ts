import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { StoredAttachment } from './inventory';

export interface CopyResult {
  files: number;
  bytes: number;
  /** Storage keys whose file was absent, or whose bytes differ from what the database recorded. */
  problems: { storageKey: string; problem: 'missing' | 'differs' }[];
}

/** A storage key is a relative path of plain names (`<pemda id>/<uuid>`); one that could leave the folder is refused. */
export function isStorageKey(key: string): boolean {
  return key.split('/').every((part) => /^[\w.-]+$/.test(part) && part !== '.' && part !== '..');
}

/**
 * Copies the attachments the database names from one attachments folder to another, hashing each
 * file as it streams and comparing it with the size and SHA-256 recorded at upload.
 */
export async function copyAttachments(
  fromRoot: string,
  toRoot: string,
  rows: StoredAttachment[],
  /** The same file (same size and SHA-256) in an earlier backup, if there is one: hard-linked instead of copied. */
  earlier: (row: StoredAttachment) => string | null = () => null,
): Promise<CopyResult & { linked: number }> {
  const result = { files: 0, bytes: 0, linked: 0, problems: [] as CopyResult['problems'] };
  for (const row of rows) {
    if (!isStorageKey(row.storageKey)) throw new Error(`unexpected attachment storage key ${row.storageKey}`);
    const source = path.join(fromRoot, row.storageKey);
    const target = path.join(toRoot, row.storageKey);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const same = earlier(row);
    if (same && (await linked(same, target))) {
      result.files += 1;
      result.linked += 1;
      result.bytes += row.sizeBytes;
      continue;
    }
    const exists = await fs.stat(source).catch(() => null);
    if (!exists?.isFile()) {
      result.problems.push({ storageKey: row.storageKey, problem: 'missing' });
      continue;
    }
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(createReadStream(source), tap, createWriteStream(target, { flags: 'wx' }));
    if (size !== row.sizeBytes || hash.digest('hex') !== row.sha256) {
      result.problems.push({ storageKey: row.storageKey, problem: 'differs' });
    }
    result.files += 1;
    result.bytes += size;
  }
  return result;
}

/** Attachments never change once stored, so a later backup may share an earlier one's file (another file system: copied). */
async function linked(existing: string, target: string): Promise<boolean> {
  try {
    await fs.link(existing, target);
    return true;
  } catch {
    return false;
  }
}

/** Checks the attachments the database names against the files of a folder, without copying. */
export async function checkAttachments(root: string, rows: StoredAttachment[]): Promise<CopyResult> {
  const result: CopyResult = { files: 0, bytes: 0, problems: [] };
  for (const row of rows) {
    if (!isStorageKey(row.storageKey)) throw new Error(`unexpected attachment storage key ${row.storageKey}`);
    const file = path.join(root, row.storageKey);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      result.problems.push({ storageKey: row.storageKey, problem: 'missing' });
      continue;
    }
    const hash = createHash('sha256');
    await pipeline(createReadStream(file), hash);
    if (stat.size !== row.sizeBytes || hash.digest('hex') !== row.sha256)
      result.problems.push({ storageKey: row.storageKey, problem: 'differs' });
    result.files += 1;
    result.bytes += stat.size;
  }
  return result;
}
