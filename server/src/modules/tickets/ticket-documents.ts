import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { removeStored, storeUpload } from '../../platform/records/attachments';
import { RecordRepository } from '../../platform/records/records.repository';

/** A document an action makes from the ticket (a work order), kept as one of its attachments. */
export interface TicketDocument {
  id: string;
  filename: string;
  bytes: Uint8Array;
}

/**
 * Files written for one action: each is on disk before its row is inserted in the action's
 * transaction, and `discard` removes them when that transaction does not commit.
 */
export class TicketDocuments {
  private readonly written: string[] = [];
  constructor(private readonly root: string) {}

  async save(trx: Kysely<Database>, at: { pemdaId: string; recordId: string; userId: string }, doc: TicketDocument) {
    const stored = await storeUpload(this.root, at.pemdaId, {
      filename: doc.filename,
      stream: Readable.from([Buffer.from(doc.bytes)]),
      truncated: () => false,
    });
    this.written.push(stored.storageKey);
    await new RecordRepository(trx).insertAttachment({
      id: doc.id,
      pemda_id: at.pemdaId,
      record_id: at.recordId,
      filename: stored.filename,
      content_type: stored.contentType,
      size_bytes: stored.sizeBytes,
      sha256: stored.sha256,
      storage_key: stored.storageKey,
      uploaded_by: at.userId,
    });
    return stored;
  }

  async discard() {
    await Promise.all(this.written.map((key) => removeStored(this.root, key)));
  }
}
