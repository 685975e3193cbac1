import type { Notice, Priority, TicketActionName, TicketRelation, TicketStatus, TimelineEntry, Urgency, ticketWorkflow } from '@sigap/core';
import type { Kysely, Updateable } from 'kysely';
import type { AuditActor } from '../../platform/audit/audit';
import type { Database, TicketRow, TicketTable } from '../../platform/db/schema';
import type { Approvals } from '../../platform/records/approvals';
import { effectsOf } from '../../platform/records/effects';
import type { deciderOf } from '../../platform/records/records.service';
import type { TicketDocument, TicketDocuments } from './ticket-documents';
import type { TicketSetting } from './ticket-setting';
import type { TicketViewer } from './ticket-viewer';

type Decider = ReturnType<typeof deciderOf>;

/** A timeline entry an action adds to the ticket. */
export type TicketEventDraft = TimelineEntry & { visibility: 'public' | 'internal'; body?: string | null };

/** What one action's effect file sees and adds to: the engine (ticket-actions.ts) writes it all. */
export interface TicketActionContext {
  trx: Kysely<Database>;
  row: TicketRow;
  who: AuditActor & { actorName: string };
  viewer: TicketViewer;
  setting: TicketSetting;
  now: Date;
  /** The status the workflow leads to (an effect may read it, not change it). */
  nextStatus: TicketStatus;
  /** Columns to change; the engine adds status, version, the pause and the due times. */
  changes: Updateable<TicketTable>;
  events: TicketEventDraft[];
  tell: { userIds: string[]; emails: string[]; notice: Notice }[];
  /** The inputs of the due times after the action; set `retarget` when one changes. */
  clock: { priority: Priority; urgency: Urgency; kind: 'incident' | 'request' | 'operation'; pausedMinutes: number; retarget: boolean };
  reporter: { userIds: string[]; emails: string[] };
  /** The platform's approval service, and the signed-in actor as an approver (null for a tracking-code holder). */
  approvals: Approvals;
  decider: Decider | null;
  /** Documents the action makes from the ticket (a work order), stored as its attachments by the engine. */
  documents: TicketDocument[];
  /** Where they are stored; null where no document can be made (a tracking-code holder's actions). */
  files: TicketDocuments | null;
}

/** Defines the side effects of one ticket action (one file per action in ./actions). */
export const ticketEffect = effectsOf<typeof ticketWorkflow, TicketActionContext>();

/** How a viewer relates to a ticket, in the workflow's words. */
export function relationsOf(viewer: TicketViewer): Set<TicketRelation> {
  const relations = new Set<TicketRelation>();
  if (viewer.kind === 'reporter') relations.add('reporter');
  if (viewer.handles) relations.add('handler');
  if (viewer.canApprove) relations.add('approver');
  if (viewer.kind === 'agent' && !viewer.handles) relations.add('observer');
  return relations;
}

export type { TicketActionName };
