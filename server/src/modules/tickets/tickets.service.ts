import { randomBytes } from 'node:crypto';
import {
  PERMISSIONS,
  scopeOf,
  type PublicReport,
  type PublicTicket,
  type Ticket,
  type TicketAction,
  type TicketCreate,
  type TicketQuery,
  type TicketRecord,
  type TicketRecordReceipt,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf } from '../../platform/audit/audit';
import type { Database, TicketRow } from '../../platform/db/schema';
import type { Actor, RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { roleHoldersQuery } from '../identity';
import { refuseWhenSuspended } from '../organisation';
import { openTicket } from './open-ticket';
import { receiptOf, recordedReporter, reportTimeOf } from './ticket-intake';
import { applyTicketAction, ticketActionsFor } from './ticket-actions';
import type { Approvals } from '../../platform/records/approvals';
import { deciderOf } from '../../platform/records/records.service';
import { readPublicTimeline, readTimeline } from '../../platform/records/timeline';
import { eligiblePeople } from '../../platform/records/eligibility';
import { ticketAssigneeRule } from './ticket-assignees';
import { TicketDocuments } from './ticket-documents';
import { ticketSop } from './ticket-sop';
import { TicketRepository } from './tickets.repository';
import { TicketListRepository } from './ticket-list.repository';
import { readTicket } from './ticket-view';
import { viewerOf } from './ticket-viewer';

/** 10 characters of Crockford base32: what an anonymous reporter keeps to follow their report. */
function newTrackingCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return [...randomBytes(10)].map((b) => alphabet[b % 32]).join('');
}

export class TicketService {
  constructor(private readonly db: Kysely<Database>) {}

  /** A signed-in user reports or requests for themself. */
  async create(trx: Kysely<Database>, ctx: RequestContext, input: TicketCreate): Promise<Ticket> {
    const me = ctx.actor;
    const { id } = await openTicket(trx, ctx.actor.pemdaId, auditActorOf(ctx), {
      ...input,
      reportedAt: new Date(),
      backdateReason: null,
      channel: 'web',
      reporter: {
        userId: me.userId,
        name: me.name,
        email: me.email,
        phone: me.phone,
        nip: me.nip,
        perangkatDaerahId: me.perangkatDaerahId,
      },
      trackingCode: null,
      recordedBy: null,
      publicReport: false,
    });
    return this.detail(trx, ctx.actor, id);
  }

  /**
   * An agent records a report received by phone, letter, e-mail or chat, for anyone: it always
   * goes to the desk that should take it, and the agent gets a receipt to tell the caller, also
   * when that desk is not one the agent may open (issue 17, item 1).
   */
  async record(trx: Kysely<Database>, ctx: RequestContext, input: TicketRecord): Promise<TicketRecordReceipt> {
    const reporter = await recordedReporter(trx, ctx.actor.pemdaId, input.reporter);
    const reported = await reportTimeOf(trx, ctx.actor.pemdaId, input);
    const trackingCode = reporter.userId ? null : newTrackingCode();
    const opened = await openTicket(trx, ctx.actor.pemdaId, auditActorOf(ctx), {
      ...input,
      ...reported,
      reporter,
      trackingCode,
      recordedBy: ctx.actor.userId,
      publicReport: false,
    });
    return receiptOf(trx, ctx.actor, opened, trackingCode);
  }

  /** Anyone reports a disruption of a public service; they get a number and a tracking code. */
  async reportPublic(input: PublicReport, requestId: string) {
    const service = await this.db.selectFrom('service').select('pemda_id').where('id', '=', input.serviceId).executeTakeFirst();
    if (!service) throw new ProblemError('validation.failed', [{ path: 'serviceId', message: 'Layanan tidak ditemukan.' }]);
    await refuseWhenSuspended(this.db, service.pemda_id);
    return this.db.transaction().execute((trx) => this.openPublic(trx, service.pemda_id, input, requestId));
  }

  private async openPublic(trx: Kysely<Database>, pemdaId: string, input: PublicReport, requestId: string) {
    const trackingCode = newTrackingCode();
    const { id, number } = await openTicket(
      trx,
      pemdaId,
      { pemdaId: pemdaId, actorId: null, actorName: input.name, requestId },
      {
        reportedAt: new Date(),
        backdateReason: null,
        kind: 'incident',
        serviceId: input.serviceId,
        requestTypeId: null,
        title: input.title,
        description: input.description,
        category: null,
        impact: input.impact,
        urgency: input.urgency,
        affectedItems: null,
        channel: 'web',
        contactPreference: input.contactPreference,
        reporter: { userId: null, name: input.name, email: input.email, phone: input.phone, nip: null, perangkatDaerahId: null },
        trackingCode,
        recordedBy: null,
        publicReport: true,
      },
    );
    return { number, trackingCode, id };
  }

  async list(ctx: RequestContext, query: TicketQuery) {
    const scope = scopeOf(ctx.actor.assignments, 'tickets.handle');
    if (query.scope === 'queue' && scope === 'none') throw new ProblemError('auth.forbidden');
    const page = await new TicketListRepository(this.db).list(ctx.actor.pemdaId, query, scope, ctx.actor.userId);
    return { ...page, page: query.page, pageSize: query.pageSize };
  }

  /** Active people who may handle the ticket's desk: the choices for "assign". */
  /** Who the ticket may be assigned to (ticket-assignees.ts): the same rule the assign action checks. */
  async agents(ctx: RequestContext, id: string): Promise<{ id: string; name: string }[]> {
    await this.detail(this.db, ctx.actor, id);
    const found = await new TicketRepository(this.db).findWithProvider(ctx.actor.pemdaId, id);
    if (!found) throw new ProblemError('resource.not_found');
    return eligiblePeople(this.db, ctx.actor.pemdaId, ticketAssigneeRule(found, found.provider_pd_id));
  }

  /** Agents of the desks the viewer handles (or of the whole Pemda): the queue's assignee filter. */
  deskAgents(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
    const scope = scopeOf(ctx.actor.assignments, 'tickets.handle');
    return this.agentsOf(ctx.actor.pemdaId, scope === 'all' || scope === 'none' ? null : scope.perangkatDaerahIds);
  }

  private agentsOf(pemdaId: string, pdIds: string[] | null) {
    return roleHoldersQuery(this.db, pemdaId, PERMISSIONS['tickets.handle'], pdIds).orderBy('u.name').limit(500).execute();
  }

  get(ctx: RequestContext, id: string): Promise<Ticket> {
    return this.detail(this.db, ctx.actor, id);
  }

  /** The full ticket as this actor may see it. */
  detail(db: Kysely<Database>, actor: Actor, id: string): Promise<Ticket> {
    return readTicket(db, actor, id);
  }
}

export class TicketActionService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly approvals: Approvals,
    /** Where documents made from tickets (work orders) are stored: the attachments' directory. */
    private readonly documentsRoot: string,
  ) {}

  act(ctx: RequestContext, id: string, action: TicketAction): Promise<Ticket> {
    return this.run(ctx, id, () => action);
  }

  /** A comment or reply from the record platform's comment route: it appends, whatever the version. */
  async comment(ctx: RequestContext, id: string, input: { body: string; visibility: 'public' | 'internal' }): Promise<void> {
    await this.run(ctx, id, (row) => ({ action: 'comment', ...input, version: row.version }));
  }

  /** A decision from the platform's approval route is the ticket's approve or reject action. */
  async decide(ctx: RequestContext, id: string, input: { decision: 'approved' | 'rejected'; reason: string }): Promise<void> {
    await this.run(ctx, id, (row) => ({
      action: input.decision === 'approved' ? 'approve' : 'reject',
      body: input.reason,
      version: row.version,
    }));
  }

  private async run(ctx: RequestContext, id: string, actionOf: (row: TicketRow) => TicketAction): Promise<Ticket> {
    const files = new TicketDocuments(this.documentsRoot);
    try {
      return await this.runIn(ctx, id, actionOf, files);
    } catch (error) {
      // The action did not commit: no document it wrote may stay behind.
      await files.discard();
      throw error;
    }
  }

  private runIn(ctx: RequestContext, id: string, actionOf: (row: TicketRow) => TicketAction, files: TicketDocuments): Promise<Ticket> {
    return this.db.transaction().execute(async (trx) => {
      const row = await new TicketRepository(trx).lock(ctx.actor.pemdaId, id);
      if (!row) throw new ProblemError('resource.not_found');
      const service = await trx.selectFrom('service').select('provider_pd_id').where('id', '=', row.service_id).executeTakeFirstOrThrow();
      const viewer = viewerOf(ctx.actor, row, service.provider_pd_id);
      if (!viewer) throw new ProblemError('resource.not_found');
      await applyTicketAction(trx, row, { ...auditActorOf(ctx), actorName: ctx.actor.name }, viewer, actionOf(row), {
        approvals: this.approvals,
        decider: deciderOf(ctx),
        files,
      });
      return new TicketService(trx).detail(trx, ctx.actor, id);
    });
  }

  async publicView(db: Kysely<Database>, code: string): Promise<PublicTicket> {
    const row = await new TicketRepository(db).findByTrackingCode(code);
    if (!row) throw new ProblemError('resource.not_found');
    const [service, allEvents, events] = await Promise.all([
      db.selectFrom('service').select(['name', 'calendar_id']).where('id', '=', row.service_id).executeTakeFirstOrThrow(),
      readTimeline(db, row.pemda_id, row.id, true),
      // The holder of the code reads only the public entries, with roles in place of names.
      readPublicTimeline(db, row.pemda_id, row.id, { userId: row.reporter_user_id, name: row.reporter_name }),
    ]);
    // The SOP step reads the whole timeline.
    const sop = await ticketSop(db, { ...row, calendar_id: service.calendar_id, events: allEvents }, 'public');
    return {
      number: row.number,
      title: row.title,
      status: row.status as PublicTicket['status'],
      serviceName: service.name,
      reportedAt: row.reported_at.toISOString(),
      resolvedAt: row.resolved_at?.toISOString() ?? null,
      closedAt: row.closed_at?.toISOString() ?? null,
      satisfaction: row.satisfaction as PublicTicket['satisfaction'],
      events,
      allowedActions: ticketActionsFor(row, { kind: 'reporter', handles: false, canApprove: false }),
      sop,
      version: row.version,
    };
  }

  /** The holder of a tracking code acts as the reporter: comment, confirm and rate. */
  actPublic(code: string, action: TicketAction, requestId: string): Promise<PublicTicket> {
    return this.db.transaction().execute(async (trx) => {
      const found = await new TicketRepository(trx).findByTrackingCode(code);
      if (!found) throw new ProblemError('resource.not_found');
      await refuseWhenSuspended(trx, found.pemda_id);
      const row = await new TicketRepository(trx).lock(found.pemda_id, found.id);
      if (!row) throw new ProblemError('resource.not_found');
      await applyTicketAction(
        trx,
        row,
        { pemdaId: row.pemda_id, actorId: null, actorName: row.reporter_name, requestId },
        { kind: 'reporter', handles: false, canApprove: false },
        action,
        { approvals: this.approvals, decider: null, files: null },
      );
      return this.publicView(trx, code);
    });
  }
}
