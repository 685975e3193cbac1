import { TimelineEventType, type TimelineEntry, type TimelineEvent } from '@sigap/core';
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
