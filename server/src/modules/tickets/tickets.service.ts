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
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf } from '../../platform/audit/audit';
import type { Database, TicketRow } from '../../platform/db/schema';
import type { Actor, RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { roleHoldersQuery } from '../identity';
import { openTicket } from './open-ticket';
import { applyTicketAction, ticketActionsFor } from './ticket-actions';
import type { Approvals } from '../../platform/records/approvals';
import { allocateNumber } from '../../platform/records/numbers';
import { deciderOf } from '../../platform/records/records.service';
import { readPublicTimeline } from '../../platform/records/timeline';
import { eligiblePeople } from '../../platform/records/eligibility';
import { ticketAssigneeRule } from './ticket-assignees';
import { TicketRepository } from './tickets.repository';
import { TicketListRepository } from './ticket-list.repository';
import { readTicket } from './ticket-view';
import { viewerOf } from './ticket-viewer';

type Allocated = { number: string; reportedAt: Date };

/** 10 characters of Crockford base32: what an anonymous reporter keeps to follow their report. */
function newTrackingCode(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return [...randomBytes(10)].map((b) => alphabet[b % 32]).join('');
}

export class TicketService {
  constructor(private readonly db: Kysely<Database>) {}

  /** A ticket number and the instant it was reported, taken outside the creating transaction. */
  async allocate(pemdaId: string, kind: 'incident' | 'request'): Promise<Allocated> {
    const { number, at } = await allocateNumber(this.db, pemdaId, kind);
    return { number, reportedAt: at };
  }

  /** A signed-in user reports or requests for themself. */
  async create(trx: Kysely<Database>, ctx: RequestContext, input: TicketCreate, allocated: Allocated): Promise<Ticket> {
    const me = ctx.actor;
    const id = await openTicket(trx, ctx.actor.pemdaId, auditActorOf(ctx), {
      ...input,
      ...allocated,
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

  /** An agent records a report received by phone, letter, e-mail or chat. */
  async record(trx: Kysely<Database>, ctx: RequestContext, input: TicketRecord, allocated: Allocated): Promise<Ticket> {
    let reporter = input.reporter;
    if (reporter.userId) {
      const u = await trx
        .selectFrom('app_user')
        .select(['name', 'email', 'phone', 'nip', 'perangkat_daerah_id'])
        .where('pemda_id', '=', ctx.actor.pemdaId)
        .where('id', '=', reporter.userId)
        .executeTakeFirst();
      if (!u) throw new ProblemError('validation.failed', [{ path: 'reporter.userId', message: 'Pengguna tidak ditemukan.' }]);
      reporter = {
        userId: reporter.userId,
        name: u.name,
        email: u.email,
        phone: u.phone ?? reporter.phone,
        nip: u.nip,
        perangkatDaerahId: u.perangkat_daerah_id,
      };
    } else if (reporter.perangkatDaerahId) {
      // A PD of another Pemda would route nothing, yet show its name on this Pemda's ticket.
      const pd = await trx
        .selectFrom('perangkat_daerah')
        .select('id')
        .where('pemda_id', '=', ctx.actor.pemdaId)
        .where('id', '=', reporter.perangkatDaerahId)
        .executeTakeFirst();
      if (!pd)
        throw new ProblemError('validation.failed', [{ path: 'reporter.perangkatDaerahId', message: 'Perangkat Daerah tidak ditemukan.' }]);
    }
    const id = await openTicket(trx, ctx.actor.pemdaId, auditActorOf(ctx), {
      ...input,
      ...allocated,
      reporter,
      trackingCode: reporter.userId ? null : newTrackingCode(),
      recordedBy: ctx.actor.userId,
      publicReport: false,
    });
    return this.detail(trx, ctx.actor, id);
  }

  /** Anyone reports a disruption of a public service; they get a number and a tracking code. */
  async reportPublic(input: PublicReport, requestId: string) {
    const service = await this.db.selectFrom('service').select('pemda_id').where('id', '=', input.serviceId).executeTakeFirst();
    if (!service) throw new ProblemError('validation.failed', [{ path: 'serviceId', message: 'Layanan tidak ditemukan.' }]);
    const allocated = await this.allocate(service.pemda_id, 'incident');
    return this.db.transaction().execute((trx) => this.openPublic(trx, service.pemda_id, input, requestId, allocated));
  }

  private async openPublic(trx: Kysely<Database>, pemdaId: string, input: PublicReport, requestId: string, allocated: Allocated) {
    const trackingCode = newTrackingCode();
    const id = await openTicket(
      trx,
      pemdaId,
      { pemdaId: pemdaId, actorId: null, actorName: input.name, requestId },
      {
        ...allocated,
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
    return { number: allocated.number, trackingCode, id };
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

  private run(ctx: RequestContext, id: string, actionOf: (row: TicketRow) => TicketAction): Promise<Ticket> {
    return this.db.transaction().execute(async (trx) => {
      const row = await new TicketRepository(trx).lock(ctx.actor.pemdaId, id);
      if (!row) throw new ProblemError('resource.not_found');
      const service = await trx.selectFrom('service').select('provider_pd_id').where('id', '=', row.service_id).executeTakeFirstOrThrow();
      const viewer = viewerOf(ctx.actor, row, service.provider_pd_id);
      if (!viewer) throw new ProblemError('resource.not_found');
      await applyTicketAction(trx, row, { ...auditActorOf(ctx), actorName: ctx.actor.name }, viewer, actionOf(row), {
        approvals: this.approvals,
        decider: deciderOf(ctx),
      });
      return new TicketService(trx).detail(trx, ctx.actor, id);
    });
  }

  async publicView(db: Kysely<Database>, code: string): Promise<PublicTicket> {
    const row = await new TicketRepository(db).findByTrackingCode(code);
    if (!row) throw new ProblemError('resource.not_found');
    const [service, events] = await Promise.all([
      db.selectFrom('service').select('name').where('id', '=', row.service_id).executeTakeFirstOrThrow(),
      readPublicTimeline(db, row.pemda_id, row.id, { userId: row.reporter_user_id, name: row.reporter_name }),
    ]);
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
      version: row.version,
    };
  }

  /** The holder of a tracking code acts as the reporter: comment, confirm and rate. */
  actPublic(code: string, action: TicketAction, requestId: string): Promise<PublicTicket> {
    return this.db.transaction().execute(async (trx) => {
      const found = await new TicketRepository(trx).findByTrackingCode(code);
      if (!found) throw new ProblemError('resource.not_found');
      const row = await new TicketRepository(trx).lock(found.pemda_id, found.id);
      if (!row) throw new ProblemError('resource.not_found');
      await applyTicketAction(
        trx,
        row,
        { pemdaId: row.pemda_id, actorId: null, actorName: row.reporter_name, requestId },
        { kind: 'reporter', handles: false, canApprove: false },
        action,
        { approvals: this.approvals, decider: null },
      );
      return this.publicView(trx, code);
    });
  }
}
