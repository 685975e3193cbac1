import type { RecordKindPolicy } from '../../platform/records/registry';
import { relationsOf } from './ticket-action-context';
import { viewerOf } from './ticket-viewer';
import { TicketRepository } from './tickets.repository';
import type { TicketActionService } from './tickets.service';

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
    comment: (ctx, record, input) => actions.comment(ctx, record.id, input),
    decide: (ctx, record, input) => actions.decide(ctx, record.id, input),
  };
}
