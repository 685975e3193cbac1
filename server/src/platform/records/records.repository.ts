import { LINK_TYPES, type LinkType, type RecordKind } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import type { RecordIdentity } from './registry';

const IDENTITY = ['r.id', 'r.pemda_id', 'r.kind', 'r.number', 'r.title', 'r.status', 'r.owner_pd_id'] as const;

/** Kysely only: the platform's tables, always filtered by the reader's Pemda. */
export class RecordRepository {
  constructor(private readonly db: Kysely<Database>) {}

  identity(pemdaId: string, id: string): Promise<RecordIdentity | undefined> {
    return this.db.selectFrom('record as r').select(IDENTITY).where('r.pemda_id', '=', pemdaId).where('r.id', '=', id).executeTakeFirst();
  }

  /** Records whose number or title starts with or contains `q` (link pickers), newest first. */
  search(pemdaId: string, q: string, kind: RecordKind | undefined, limit: number): Promise<RecordIdentity[]> {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    let query = this.db
      .selectFrom('record as r')
      .select(IDENTITY)
      .where('r.pemda_id', '=', pemdaId)
      .where((eb) => eb.or([eb('r.number', '=', q.toUpperCase()), eb('r.title', 'ilike', like)]));
    if (kind) query = query.where('r.kind', '=', kind);
    return query.orderBy('r.created_at', 'desc').limit(limit).execute();
  }

  attachments(pemdaId: string, recordId: string) {
    return this.db
      .selectFrom('record_attachment')
      .select(['id', 'filename', 'content_type', 'size_bytes', 'created_at'])
      .where('pemda_id', '=', pemdaId)
      .where('record_id', '=', recordId)
      .orderBy('created_at')
      .execute();
  }

  attachment(pemdaId: string, recordId: string, id: string) {
    return this.db
      .selectFrom('record_attachment')
      .selectAll()
      .where('pemda_id', '=', pemdaId)
      .where('record_id', '=', recordId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  insertAttachment(values: {
    /** Chosen by the caller when something written in the same transaction refers to it (a ticket's work order). */
    id?: string;
    pemda_id: string;
    record_id: string;
    filename: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    storage_key: string;
    uploaded_by: string;
  }) {
    return this.db.insertInto('record_attachment').values(values).returningAll().executeTakeFirstOrThrow();
  }

  /** Links from and to a record, each with the record at its other end and the name read from here. */
  async links(pemdaId: string, recordId: string) {
    const rows = await this.db
      .selectFrom('record_link as l')
      .innerJoin('record as r', (join) => join.on(sql<boolean>`r.id = CASE WHEN l.from_id = ${recordId} THEN l.to_id ELSE l.from_id END`))
      .select(['l.id as link_id', 'l.link_type', 'l.from_id', 'l.created_at', ...IDENTITY])
      .where('l.pemda_id', '=', pemdaId)
      .where((eb) => eb.or([eb('l.from_id', '=', recordId), eb('l.to_id', '=', recordId)]))
      .orderBy('l.created_at')
      .execute();
    return rows.map((row) => ({ ...row, name: row.from_id === recordId ? linkType(row.link_type) : LINK_TYPES[linkType(row.link_type)] }));
  }

  insertLink(values: { pemda_id: string; from_id: string; to_id: string; link_type: LinkType; created_by: string }) {
    return this.db
      .insertInto('record_link')
      .values(values)
      .onConflict((oc) => oc.columns(['from_id', 'to_id', 'link_type']).doNothing())
      .returning('id')
      .executeTakeFirst();
  }

  deleteLink(pemdaId: string, recordId: string, linkId: string) {
    return this.db
      .deleteFrom('record_link')
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', linkId)
      .where((eb) => eb.or([eb('from_id', '=', recordId), eb('to_id', '=', recordId)]))
      .returning(['from_id', 'to_id', 'link_type'])
      .executeTakeFirst();
  }

  watchers(pemdaId: string, recordId: string) {
    return this.db
      .selectFrom('record_watcher as w')
      .innerJoin('app_user as u', 'u.id', 'w.user_id')
      .select(['u.id', 'u.name'])
      .where('w.pemda_id', '=', pemdaId)
      .where('w.record_id', '=', recordId)
      .orderBy('u.name')
      .execute();
  }

  async watch(pemdaId: string, recordId: string, userId: string, on: boolean): Promise<void> {
    if (on)
      await this.db
        .insertInto('record_watcher')
        .values({ pemda_id: pemdaId, record_id: recordId, user_id: userId })
        .onConflict((oc) => oc.columns(['record_id', 'user_id']).doNothing())
        .execute();
    else await this.db.deleteFrom('record_watcher').where('record_id', '=', recordId).where('user_id', '=', userId).execute();
  }
}

const isLinkType = (t: string): t is LinkType => Object.hasOwn(LINK_TYPES, t);
function linkType(stored: string): LinkType {
  if (!isLinkType(stored)) throw new Error(`unknown link type ${stored}`);
  return stored;
}
