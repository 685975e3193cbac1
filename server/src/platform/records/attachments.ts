import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { ProblemError } from '../http/problem';
import { safeFilename, verifiedType } from './attachments.rules';

/** Enough of a file's start for the type detector to read every signature it knows. */
const HEAD_BYTES = 4100;

export interface StoredFile {
  storageKey: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Streams an upload to disk under the data directory (never whole in memory), hashing and
 * measuring it as it goes, then checks what it really is. A refused or broken upload leaves
 * nothing behind; the caller removes the file if its database write does not commit.
 */
export async function storeUpload(
  root: string,
  pemdaId: string,
  upload: { filename: string; stream: Readable; truncated(): boolean },
): Promise<StoredFile> {
  const filename = safeFilename(upload.filename);
  const storageKey = path.join(pemdaId, randomUUID());
  const target = path.join(root, storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const hash = createHash('sha256');
  const head: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < HEAD_BYTES) {
        head.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(upload.stream, tap, createWriteStream(target, { flags: 'wx' }));
    if (upload.truncated()) throw new ProblemError('attachment.too_large');
    const start = Buffer.concat(head);
    const contentType = verifiedType(filename, (await fileTypeFromBuffer(start))?.mime, start);
    if (!contentType || size === 0) throw new ProblemError('attachment.type');
    return { storageKey, filename, contentType, sizeBytes: size, sha256: hash.digest('hex') };
  } catch (error) {
    await fs.rm(target, { force: true });
    throw error;
  }
}

export function removeStored(root: string, storageKey: string) {
  return fs.rm(path.join(root, storageKey), { force: true });
}

export function storedPath(root: string, storageKey: string) {
  return path.join(root, storageKey);
}
