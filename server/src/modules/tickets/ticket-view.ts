import type { Ticket } from '@sigap/core';
import { ticketSop } from './ticket-sop';
import type { Kysely } from 'kysely';
import type { Database, TicketRow } from '../../platform/db/schema';
import type { Actor } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { isoTimestamp } from '../../platform/db/timestamptz';
import { TicketRepository, toSummary, type TicketViewRow } from './tickets.repository';
import { toTimelineEvent } from '../../platform/records/timeline';
import { ticketActionsFor } from './ticket-actions';
import { viewerOf, type TicketViewer } from './ticket-viewer';

/** The ticket row and how the actor relates to it; not found when they may not see it. */
export async function seeTicket(db: Kysely<Database>, actor: Actor, id: string): Promise<{ row: TicketRow; viewer: TicketViewer }> {
  const found = await new TicketRepository(db).findWithProvider(actor.pemdaId, id);
  if (!found) throw new ProblemError('resource.not_found');
  const { provider_pd_id: providerPdId, ...row } = found;
  const viewer = viewerOf(actor, row, providerPdId);
  if (!viewer) throw new ProblemError('resource.not_found');
  return { row, viewer };
}

/** The full ticket as this actor may see it, read in one statement; not found when they may not. */
export async function readTicket(db: Kysely<Database>, actor: Actor, id: string): Promise<Ticket> {
  const row = await new TicketRepository(db).view(actor.pemdaId, id);
  const viewer = row && viewerOf(actor, row, row.provider_pd_id);
  if (!row || !viewer) throw new ProblemError('resource.not_found');
  return toTicket(row, viewer, await ticketSop(db, row, viewer.kind === 'agent' ? 'agent' : 'reporter'));
}

const iso = (d: Date | string | null) => (d === null ? null : isoTimestamp(typeof d === 'string' ? new Date(d) : d));

/** Builds the DTO; reporter contact data only for those handling the ticket or the reporter (UU 27/2022). */
function toTicket(row: TicketViewRow, viewer: TicketViewer, sop: Ticket['sop']): Ticket {
  const showContact = viewer.handles || viewer.kind === 'reporter';
  const agent = viewer.kind === 'agent';
  return {
    ...toSummary(row),
    description: row.description,
    channel: row.channel as Ticket['channel'],
    category: row.category,
    priorityReason: row.priority_reason as Ticket['priorityReason'],
    priorityOverrideReason: row.priority_override_reason,
    cause: row.cause,
    affectedItems: row.affected_items,
    requestTypeId: row.request_type_id,
    requestTypeName: row.request_type_name,
    approval: row.approval as Ticket['approval'],
    reporter: {
      userId: row.reporter_user_id,
      name: row.reporter_name,
      email: showContact ? row.reporter_email : null,
      phone: showContact ? row.reporter_phone : null,
      nip: showContact ? row.reporter_nip : null,
      perangkatDaerahName: row.reporter_pd_name,
      contactPreference: row.contact_preference as Ticket['reporter']['contactPreference'],
    },
    vendorNote: agent ? row.vendor_note : null,
    recordedAt: isoTimestamp(row.created_at),
    pausedSince: iso(row.paused_since),
    confirmedAt: iso(row.confirmed_at),
    autoCloseAt: iso(row.auto_close_at),
    satisfaction: row.satisfaction as Ticket['satisfaction'],
    rating: row.rating,
    feedback: row.feedback,
    serviceAdmins: row.staff.filter((s) => s.kind === 'admin_layanan').map((s) => s.name),
    infraAdmins: row.staff.filter((s) => s.kind === 'admin_infra').map((s) => s.name),
    // Internal notes never leave the server for reporters.
    events: row.events.filter((e) => agent || e.visibility === 'public').map(toTimelineEvent),
    attachments: row.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      contentType: a.content_type,
      sizeBytes: a.size_bytes,
      createdAt: isoTimestamp(typeof a.created_at === 'string' ? new Date(a.created_at) : a.created_at),
    })),
    allowedActions: ticketActionsFor(row, viewer),
    sop,
    version: row.version,
  };
}
