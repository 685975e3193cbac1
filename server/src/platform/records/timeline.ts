import { TimelineEventType, type PublicActorRole, type PublicTimelineEvent, type TimelineEntry, type TimelineEvent } from '@sigap/core';
import type { Kysely } from 'kysely';
import { insertRows } from '../db/insert-rows';
import type { Database } from '../db/schema';

/** One entry to append to a record's timeline; its type decides the shape of its data. */
export type NewTimelineEvent = TimelineEntry & {
  pemdaId: string;
  recordId: string;
  actorId: string | null;
  actorName: string;
  visibility: 'public' | 'internal';
  body?: string | null;
  at?: Date;
};

/** The timeline insert for any record kinds, built and not run (for writeTogether). */
export function timelineWrite(db: Kysely<Database>, events: readonly NewTimelineEvent[]) {
  return insertRows(
    db,
    'record_event',
    events.map((e) => ({
      pemda_id: e.pemdaId,
      record_id: e.recordId,
      actor_id: e.actorId,
      actor_name: e.actorName,
      type: e.type,
      visibility: e.visibility,
      body: e.body ?? null,
      data: e.data === null ? null : JSON.stringify(e.data),
      ...(e.at ? { at: e.at } : {}),
    })),
  );
}

export async function appendTimeline(db: Kysely<Database>, events: readonly NewTimelineEvent[]): Promise<void> {
  if (events.length > 0) await timelineWrite(db, events).execute();
}

/** A record's timeline, oldest first; internal notes only for those who may read them. */
export async function readTimeline(
  db: Kysely<Database>,
  pemdaId: string,
  recordId: string,
  includeInternal: boolean,
): Promise<TimelineEvent[]> {
  let q = db.selectFrom('record_event').selectAll().where('pemda_id', '=', pemdaId).where('record_id', '=', recordId).orderBy('id');
  if (!includeInternal) q = q.where('visibility', '=', 'public');
  return (await q.execute()).map(toTimelineEvent);
}

/** Entry types whose data names a person: a public page shows them without it. */
const NAMING_DATA: ReadonlySet<string> = new Set(['assigned']);

/**
 * A record's public timeline, as a tracking-code holder sees it: the public entries only, and who
 * acted as a role (the reporter, the provider's staff, the system), never a person's name.
 * `reporter` is how the record knows its reporter: their account, or, without one, the name a
 * tracking-code holder acts under (entries without an account and any other name are the system's).
 */
export async function readPublicTimeline(
  db: Kysely<Database>,
  pemdaId: string,
  recordId: string,
  reporter: { userId: string | null; name: string },
): Promise<PublicTimelineEvent[]> {
  const rows = await db
    .selectFrom('record_event')
    .selectAll()
    .where('pemda_id', '=', pemdaId)
    .where('record_id', '=', recordId)
    .where('visibility', '=', 'public')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const e = toTimelineEvent(row);
    const data = NAMING_DATA.has(e.type) ? null : e.data;
    return { id: e.id, at: e.at, type: e.type, visibility: e.visibility, body: e.body, data, actorRole: publicActorRole(row, reporter) };
  });
}

export function publicActorRole(
  entry: { actor_id: string | null; actor_name: string },
  reporter: { userId: string | null; name: string },
): PublicActorRole {
  if (entry.actor_id !== null) return entry.actor_id === reporter.userId ? 'reporter' : 'staff';
  return entry.actor_name === reporter.name ? 'reporter' : 'system';
}

/** A stored entry as the API sends it. */
export function toTimelineEvent(e: {
  id: string | number;
  at: Date | string;
  actor_name: string;
  type: string;
  visibility: 'public' | 'internal';
  body: string | null;
  data: unknown;
}): TimelineEvent {
  return {
    id: Number(e.id),
    at: (typeof e.at === 'string' ? new Date(e.at) : e.at).toISOString(),
    actorName: e.actor_name,
    // Every stored type is one core declares; anything else is a defect, not a reader's problem to guess.
    type: TimelineEventType.parse(e.type),
    visibility: e.visibility,
    body: e.body,
    data: e.data,
  };
}
