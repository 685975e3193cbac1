import { sopProgress, type Ticket } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { isoTimestamp } from '../../platform/db/timestamptz';
import { loadSopSettings } from '../sop';
import { ticketCalendar } from './ticket-setting';

/** What a ticket's SOP step is derived from: its row and its whole timeline (internal entries too). */
export interface SopSource {
  pemda_id: string;
  kind: 'incident' | 'request' | 'operation';
  reported_at: Date;
  recorded_by: string | null;
  calendar_id: string;
  events: readonly { type: string; at: Date | string; data: unknown }[];
}

/**
 * The Bantul SOP step the ticket is in, with each step's times against the Pemda's standards on
 * the service's calendar. Agents see who carries out the work plan; a reporter its work order
 * number; the holder of a tracking code neither the executor nor the document.
 */
export async function ticketSop(
  db: Kysely<Database>,
  source: SopSource,
  audience: 'agent' | 'reporter' | 'public',
): Promise<Ticket['sop']> {
  const [settings, calendar] = await Promise.all([
    loadSopSettings(db, source.pemda_id),
    ticketCalendar(db, source.pemda_id, source.calendar_id),
  ]);
  const progress = sopProgress(
    {
      kind: source.kind,
      reportedAt: source.reported_at,
      recordedByAgent: source.recorded_by !== null,
      events: source.events.map((e) => ({ type: e.type, at: typeof e.at === 'string' ? new Date(e.at) : e.at, data: e.data })),
    },
    settings.standards,
    calendar,
  );
  const iso = (d: Date | null) => (d ? isoTimestamp(d) : null);
  const plan = progress.plan;
  return {
    flow: progress.flow,
    current: progress.current,
    ended: progress.ended,
    steps: progress.steps.map((s) => ({ ...s, startedAt: iso(s.startedAt), endedAt: iso(s.endedAt), dueAt: iso(s.dueAt) })),
    plan:
      plan && audience !== 'agent'
        ? { ...plan, executorName: null, ...(audience === 'public' ? { attachmentId: null, workOrderNumber: null } : {}) }
        : plan,
  };
}
