import type { PickDuty } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { PickRule } from '../../platform/records/eligibility';
import type { RecordIdentity, RecordKindPolicy } from '../../platform/records/registry';
import { relationsOf } from './ticket-action-context';
import { ticketAssigneeRule } from './ticket-assignees';
import { viewerOf } from './ticket-viewer';
import { TicketRepository } from './tickets.repository';
import type { TicketActionService } from './tickets.service';

/** Who may be picked for each duty on a ticket. */
const PICKS: Record<PickDuty, (db: Kysely<Database>, record: RecordIdentity) => Promise<PickRule | null>> = {
  async assignee(db, record) {
    const found = await new TicketRepository(db).findWithProvider(record.pemda_id, record.id);
    return found ? ticketAssigneeRule(found, found.provider_pd_id) : null;
  },
};

/** Tickets on the record platform: who sees one is the ticket's own rule (viewerOf). */
export function ticketRecordPolicy(actions: TicketActionService): RecordKindPolicy {
  return {
    kind: 'ticket',
    async access(db, actor, record) {
      const found = await new TicketRepository(db).findWithProvider(actor.pemdaId, record.id);
      if (!found) return null;
      const viewer = viewerOf(actor, found, found.provider_pd_id);
      if (!viewer) return null;
      return { relations: relationsOf(viewer), internal: viewer.kind === 'agent', contribute: found.status !== 'closed' };
    },
    pickRule: (db, record, duty) => PICKS[duty](db, record),
    comment: (ctx, record, input) => actions.comment(ctx, record.id, input),
    decide: (ctx, record, input) => actions.decide(ctx, record.id, input),
  };
}
