import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { checkAttachment, contentMatchesType, safeFilename } from './attachments.rules';
import { TicketRepository } from './tickets.repository';
import { seeTicket } from './ticket-view';

export interface IncomingFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Files live on disk under the data directory; the database holds what they are and whose. */
export class AttachmentService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly root: string,
  ) {}

  async add(ctx: RequestContext, ticketId: string, file: IncomingFile) {
    // Seeing the ticket is the right to add to it (handlers and the reporter).
    const { row: ticket } = await seeTicket(this.db, ctx.actor, ticketId);
    if (ticket.status === 'closed') throw new ProblemError('ticket.action_not_allowed');
    const filename = safeFilename(file.filename);
    const contentType = file.contentType.toLowerCase().split(';')[0]!.trim();
    if (checkAttachment(filename, contentType) || !contentMatchesType(file.data, contentType)) throw new ProblemError('attachment.type');

    const storageKey = path.join(ctx.actor.pemdaId, randomUUID());
    const target = path.join(this.root, storageKey);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, file.data, { flag: 'wx' });
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('ticket_attachment')
          .values({
            pemda_id: ctx.actor.pemdaId,
            ticket_id: ticketId,
            filename,
            content_type: contentType,
            size_bytes: file.data.length,
            sha256: createHash('sha256').update(file.data).digest('hex'),
            storage_key: storageKey,
            uploaded_by: ctx.actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await new TicketRepository(trx).addEvent({
          pemdaId: ctx.actor.pemdaId,
          ticketId,
          actorId: ctx.actor.userId,
          actorName: ctx.actor.name,
          type: 'attachment',
          visibility: 'public',
          body: filename,
          data: { attachmentId: row.id, sizeBytes: row.size_bytes },
        });
        await recordAudit(trx, auditActorOf(ctx), {
          action: 'ticket.attachment_add',
          entityType: 'ticket',
          entityId: ticketId,
          after: { filename, sha256: row.sha256, sizeBytes: row.size_bytes },
        });
        return { id: row.id, filename, contentType, sizeBytes: row.size_bytes, createdAt: row.created_at.toISOString() };
      });
    } catch (error) {
      // The metadata did not commit: do not leave an orphan file behind.
      await fs.rm(target, { force: true });
      throw error;
    }
  }

  async open(ctx: RequestContext, ticketId: string, attachmentId: string) {
    await seeTicket(this.db, ctx.actor, ticketId);
    const row = await this.db
      .selectFrom('ticket_attachment')
      .selectAll()
      .where('pemda_id', '=', ctx.actor.pemdaId)
      .where('ticket_id', '=', ticketId)
      .where('id', '=', attachmentId)
      .executeTakeFirst();
    if (!row) throw new ProblemError('resource.not_found');
    return { filename: row.filename, contentType: row.content_type, data: await fs.readFile(path.join(this.root, row.storage_key)) };
  }
}
