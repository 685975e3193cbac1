import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/** One signed checkpoint of a Pemda's audit chain: its head (sequence number and hash) at a time. */
export const AuditCheckpoint = z.strictObject({
  v: z.literal(1),
  pemdaId: z.uuid(),
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  keyId: z.string(),
  signature: z.string(),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpoint>;

/** Where checkpoints are kept outside the database. */
export interface AnchorStore {
  /** Adds a checkpoint after the Pemda's others; never rewrites one. */
  append(checkpoint: AuditCheckpoint): Promise<void>;
  /** The Pemda's checkpoints, oldest first, and how many stored lines were not checkpoints at all. */
  read(pemdaId: string): Promise<{ checkpoints: AuditCheckpoint[]; unreadable: number }>;
}

/**
 * Checkpoints as files: one per Pemda (`<pemda id>.jsonl`), one JSON line per checkpoint, only
 * ever appended. The directory (`SIGAP_AUDIT_ANCHOR_DIR`) belongs on storage the database's
 * administrators cannot write — another host's mount, a write-once bucket, a file made
 * append-only (`chattr +a`); every host of a deployment must read the same directory.
 */
export class FileAnchorStore implements AnchorStore {
  constructor(private readonly dir: string) {}

  private fileOf(pemdaId: string): string {
    return path.join(this.dir, `${z.uuid().parse(pemdaId)}.jsonl`);
  }

  async append(checkpoint: AuditCheckpoint): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await fs.appendFile(this.fileOf(checkpoint.pemdaId), `${JSON.stringify(checkpoint)}\n`, { mode: 0o600, flag: 'a' });
  }

  async read(pemdaId: string): Promise<{ checkpoints: AuditCheckpoint[]; unreadable: number }> {
    let text: string;
    try {
      text = await fs.readFile(this.fileOf(pemdaId), 'utf8');
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { checkpoints: [], unreadable: 0 };
      throw error;
    }
    const checkpoints: AuditCheckpoint[] = [];
    let unreadable = 0;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const parsed = AuditCheckpoint.safeParse(parseJson(line));
      if (parsed.success && parsed.data.pemdaId === pemdaId) checkpoints.push(parsed.data);
      else unreadable += 1;
    }
    return { checkpoints, unreadable };
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
