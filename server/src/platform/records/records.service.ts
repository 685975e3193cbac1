import fs from 'node:fs';
import type { Readable } from 'node:stream';
import {
  LINK_TYPES,
  type Approval,
  type Attachment,
  CommentCreate,
  DecisionCreate,
  LinkCreate,
  type Candidate,
  type PickDuty,
  RecordLink,
  RecordRef,
  Watchers,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../audit/audit';
import type { Database } from '../db/schema';
import type { RequestContext } from '../http/context';
import { ProblemError } from '../http/problem';
import type { Approvals } from './approvals';
import { removeStored, storeUpload, storedPath } from './attachments';
import { eligiblePeople } from './eligibility';
import { notify, pemdaTimeZone } from './notices';
import { RecordRepository } from './records.repository';
import type { RecordAccess, RecordIdentity, RecordKinds, RecordKindPolicy } from './registry';
import { appendTimeline } from './timeline';

/** The actor deciding an approval: who they are for the audit trail, and the roles they hold. */
export function deciderOf(ctx: RequestContext) {
  return { ...auditActorOf(ctx), actorName: ctx.actor.name, userId: ctx.actor.userId, assignments: ctx.actor.assignments };
}

const ref = (r: RecordIdentity): RecordRef => ({ id: r.id, kind: r.kind, number: r.number, title: r.title, status: r.status });

/**
 * The capabilities every record kind shares — comments, attachments, links, watchers and
 * approvals — each behind the kind's own rule of who may see and touch its records.
 */
export class RecordService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kinds: RecordKinds,
    private readonly approvals: Approvals,
    private readonly attachmentsRoot: string,
  ) {}

  /** The record and what the actor may do with it; 404 when they may not know it exists. */
  async see(
    ctx: RequestContext,
    id: string,
    db: Kysely<Database> = this.db,
  ): Promise<{ record: RecordIdentity; access: RecordAccess; policy: RecordKindPolicy }> {
    const record = await new RecordRepository(db).identity(ctx.actor.pemdaId, id);
    const policy = record && this.kinds.policyOf(record.kind);
    const access = record && policy && (await policy.access(db, ctx.actor, record));
    if (!record || !policy || !access) throw new ProblemError('resource.not_found');
    return { record, access, policy };
  }

  private async contribute(ctx: RequestContext, id: string, db?: Kysely<Database>) {
    const seen = await this.see(ctx, id, db);
    if (!seen.access.contribute) throw new ProblemError('record.action_not_allowed');
    return seen;
  }

  async get(ctx: RequestContext, id: string): Promise<RecordRef> {
    return ref((await this.see(ctx, id)).record);
  }

  /** The people a picker offers for a duty on the record: for those who work it (not its reporter). */
  async candidates(ctx: RequestContext, id: string, duty: PickDuty): Promise<Candidate[]> {
    const { record, access, policy } = await this.see(ctx, id);
    if (!access.internal || !access.contribute) throw new ProblemError('auth.forbidden');
    const rule = await policy.pickRule?.(this.db, record, duty);
    return rule ? eligiblePeople(this.db, ctx.actor.pemdaId, rule) : [];
  }

  async search(ctx: RequestContext, q: string, kind: RecordRef['kind'] | undefined): Promise<RecordRef[]> {
    const found = await new RecordRepository(this.db).search(ctx.actor.pemdaId, q, kind, 40);
    const visible = await Promise.all(
      found.map(async (r) => ((await this.kinds.policyOf(r.kind).access(this.db, ctx.actor, r)) ? r : null)),
    );
    return visible
      .filter((r): r is RecordIdentity => r !== null)
      .slice(0, 20)
      .map(ref);
  }

  /** A comment appends: it never conflicts with someone else's change to the record. */
  async comment(ctx: RequestContext, id: string, input: CommentCreate): Promise<void> {
    const { record, access, policy } = await this.contribute(ctx, id);
    const visibility = access.internal ? input.visibility : 'public';
    if (policy.comment) return policy.comment(ctx, record, { body: input.body, visibility });
    await this.db.transaction().execute(async (trx) => {
      const who = { pemdaId: ctx.actor.pemdaId, actorId: ctx.actor.userId, actorName: ctx.actor.name };
      await appendTimeline(trx, [{ ...who, recordId: id, type: 'comment', data: null, visibility, body: input.body }]);
      await recordAudit(trx, auditActorOf(ctx), {
        action: `${record.kind}.comment`,
        entityType: record.kind,
        entityId: id,
        after: { visibility },
      });
      const watchers = (await new RecordRepository(trx).watchers(ctx.actor.pemdaId, id))
        .map((w) => w.id)
        .filter((u) => u !== ctx.actor.userId);
      const subject = { pemdaId: ctx.actor.pemdaId, recordId: id, timeZone: await pemdaTimeZone(trx, ctx.actor.pemdaId) };
      await notify(trx, subject, watchers, {
        code: 'record.commented',
        params: { number: record.number, title: record.title, text: input.body },
      });
    });
  }

  async attachments(ctx: RequestContext, id: string): Promise<Attachment[]> {
    await this.see(ctx, id);
    return (await new RecordRepository(this.db).attachments(ctx.actor.pemdaId, id)).map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      createdAt: a.created_at.toISOString(),
    }));
  }

  async attach(ctx: RequestContext, id: string, upload: { filename: string; stream: Readable; truncated(): boolean }): Promise<Attachment> {
    const { record } = await this.contribute(ctx, id);
    const stored = await storeUpload(this.attachmentsRoot, ctx.actor.pemdaId, upload);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await new RecordRepository(trx).insertAttachment({
          pemda_id: ctx.actor.pemdaId,
          record_id: id,
          filename: stored.filename,
          content_type: stored.contentType,
          size_bytes: stored.sizeBytes,
          sha256: stored.sha256,
          storage_key: stored.storageKey,
          uploaded_by: ctx.actor.userId,
        });
        await appendTimeline(trx, [
          {
            pemdaId: ctx.actor.pemdaId,
            recordId: id,
            actorId: ctx.actor.userId,
            actorName: ctx.actor.name,
            type: 'attachment',
            visibility: 'public',
            body: stored.filename,
            data: { attachmentId: row.id, sizeBytes: stored.sizeBytes },
          },
        ]);
        await recordAudit(trx, auditActorOf(ctx), {
          action: `${record.kind}.attachment_add`,
          entityType: record.kind,
          entityId: id,
          after: { filename: stored.filename, sha256: stored.sha256, sizeBytes: stored.sizeBytes },
        });
        return {
          id: row.id,
          filename: stored.filename,
          contentType: stored.contentType,
          sizeBytes: stored.sizeBytes,
          createdAt: row.created_at.toISOString(),
        };
      });
    } catch (error) {
      // The metadata did not commit: do not leave an orphan file behind.
      await removeStored(this.attachmentsRoot, stored.storageKey);
      throw error;
    }
  }

  /** A stored file, streamed from disk. */
  async open(ctx: RequestContext, id: string, attachmentId: string) {
    await this.see(ctx, id);
    const row = await new RecordRepository(this.db).attachment(ctx.actor.pemdaId, id, attachmentId);
    if (!row) throw new ProblemError('resource.not_found');
    return {
      filename: row.filename,
      contentType: row.content_type,
      stream: fs.createReadStream(storedPath(this.attachmentsRoot, row.storage_key)),
    };
  }

  async links(ctx: RequestContext, id: string): Promise<RecordLink[]> {
    await this.see(ctx, id);
    const rows = await new RecordRepository(this.db).links(ctx.actor.pemdaId, id);
    const visible = await Promise.all(
      rows.map(async (r) => ((await this.kinds.policyOf(r.kind).access(this.db, ctx.actor, r)) ? r : null)),
    );
    return visible
      .filter((r) => r !== null)
      .map((r) => ({ id: r.link_id, name: r.name, record: ref(r), createdAt: r.created_at.toISOString() }));
  }

  async link(ctx: RequestContext, id: string, input: LinkCreate): Promise<RecordLink[]> {
    const { record } = await this.contribute(ctx, id);
    const target = (await this.see(ctx, input.targetId)).record;
    if (target.id === record.id) throw new ProblemError('record.link_kind');
    await this.db.transaction().execute(async (trx) => {
      const created = await new RecordRepository(trx).insertLink({
        pemda_id: ctx.actor.pemdaId,
        from_id: id,
        to_id: target.id,
        link_type: input.linkType,
        created_by: ctx.actor.userId,
      });
      if (!created) return;
      const who = { pemdaId: ctx.actor.pemdaId, actorId: ctx.actor.userId, actorName: ctx.actor.name, visibility: 'internal' as const };
      await appendTimeline(trx, [
        { ...who, recordId: id, type: 'link_added', data: { recordId: target.id, number: target.number, linkType: input.linkType } },
        // Each end names the link as read from it (the target reads the inverse name).
        {
          ...who,
          recordId: target.id,
          type: 'link_added',
          data: { recordId: id, number: record.number, linkType: LINK_TYPES[input.linkType] },
        },
      ]);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'record.link',
        entityType: record.kind,
        entityId: id,
        after: { linkId: created.id, targetId: target.id, linkType: input.linkType },
      });
    });
    return this.links(ctx, id);
  }

  async unlink(ctx: RequestContext, id: string, linkId: string): Promise<void> {
    const { record } = await this.contribute(ctx, id);
    await this.db.transaction().execute(async (trx) => {
      const removed = await new RecordRepository(trx).deleteLink(ctx.actor.pemdaId, id, linkId);
      if (!removed) throw new ProblemError('resource.not_found');
      const other = removed.from_id === id ? removed.to_id : removed.from_id;
      const otherRecord = await new RecordRepository(trx).identity(ctx.actor.pemdaId, other);
      const who = { pemdaId: ctx.actor.pemdaId, actorId: ctx.actor.userId, actorName: ctx.actor.name, visibility: 'internal' as const };
      await appendTimeline(trx, [
        {
          ...who,
          recordId: id,
          type: 'link_removed',
          data: { recordId: other, number: otherRecord?.number ?? '', linkType: removed.link_type },
        },
        {
          ...who,
          recordId: other,
          type: 'link_removed',
          data: { recordId: id, number: record.number, linkType: LINK_TYPES[removed.link_type] },
        },
      ]);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'record.unlink',
        entityType: record.kind,
        entityId: id,
        before: { linkId, ...removed },
      });
    });
  }

  async watchers(ctx: RequestContext, id: string): Promise<Watchers> {
    await this.see(ctx, id);
    const people = await new RecordRepository(this.db).watchers(ctx.actor.pemdaId, id);
    return { watching: people.some((p) => p.id === ctx.actor.userId), people };
  }

  /** Following a record is one's own choice, not a change to the record: it is not audited. */
  async watch(ctx: RequestContext, id: string, on: boolean): Promise<Watchers> {
    await this.contribute(ctx, id);
    await new RecordRepository(this.db).watch(ctx.actor.pemdaId, id, ctx.actor.userId, on);
    return this.watchers(ctx, id);
  }

  async approvalsOf(ctx: RequestContext, id: string): Promise<Approval[]> {
    await this.see(ctx, id);
    return this.approvals.list(this.db, ctx.actor.pemdaId, id, ctx.actor.assignments);
  }

  /** A decision on the record's pending approval step; a kind whose workflow decides approvals takes it there. */
  async decide(ctx: RequestContext, id: string, input: DecisionCreate): Promise<Approval[]> {
    const { record, policy } = await this.see(ctx, id);
    if (policy.decide) await policy.decide(ctx, record, input);
    else await this.db.transaction().execute((trx) => this.approvals.decide(trx, deciderOf(ctx), id, input.decision, input.reason));
    return this.approvalsOf(ctx, id);
  }
}
