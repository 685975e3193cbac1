import {
  allowedActionsOf,
  priorityOf,
  problemWorkflow,
  ProblemStatus,
  scopeOf,
  type ProblemAction,
  type ProblemCreate,
  type ProblemQuery,
  type ProblemRecord,
} from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import { uuidv7 } from '../../platform/db/uuid7';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import type { Approvals } from '../../platform/records/approvals';
import { loadEffects, type Effect } from '../../platform/records/effects';
import { pemdaTimeZone } from '../../platform/records/notices';
import { allocateNumber } from '../../platform/records/numbers';
import { deciderOf } from '../../platform/records/records.service';
import { appendTimeline, readTimeline } from '../../platform/records/timeline';
import { runRecordAction } from '../../platform/records/workflow-engine';
import { loadPolicy } from '../sla';
import { problemRelations } from './problem-access';
import type { ProblemActionContext } from './problem-action-context';
import { ProblemRepository } from './problems.repository';

let effects: Promise<Map<string, Effect<typeof problemWorkflow, ProblemActionContext>>> | null = null;
export function problemEffects() {
  effects ??= loadEffects<typeof problemWorkflow, ProblemActionContext>(problemWorkflow, new URL('./actions/', import.meta.url));
  return effects;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const whysOf = (v: unknown): string[] => (Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string') : []);

/** Problems (SPEC §3.7): raised proactively or from incidents, analysed to a known error and a fix. */
export class ProblemService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly approvals: Approvals,
  ) {}

  private mayRead(ctx: RequestContext) {
    if (scopeOf(ctx.actor.assignments, 'problems.read') === 'none') throw new ProblemError('auth.forbidden');
  }

  async create(trx: Kysely<Database>, ctx: RequestContext, input: ProblemCreate): Promise<ProblemRecord> {
    const repo = new ProblemRepository(trx);
    const pemdaId = ctx.actor.pemdaId;
    const service = input.serviceId ? await repo.service(pemdaId, input.serviceId) : null;
    if (input.serviceId && !service)
      throw new ProblemError('validation.failed', [{ path: 'serviceId', message: 'Layanan tidak ditemukan.' }]);
    const { policy } = await loadPolicy(trx, pemdaId);
    const decision = priorityOf(policy.priorityMatrix, {
      impact: input.impact,
      serviceType: service?.service_type ?? 'administrasi',
      classification: service?.classification ?? 'normal',
    });
    const ownerPdId = await repo.ownerPd(pemdaId, input.serviceId);
    if (scopeOf(ctx.actor.assignments, 'problems.manage') === 'none') throw new ProblemError('auth.forbidden');
    // In this transaction: a creation that fails gives its number back (no gaps).
    const allocated = await allocateNumber(trx, pemdaId, 'problem');
    const id = uuidv7(allocated.at.getTime());
    await repo.insert(
      { id, pemda_id: pemdaId, number: allocated.number, title: input.title, owner_pd_id: ownerPdId },
      {
        id,
        pemda_id: pemdaId,
        origin: input.incidentIds.length > 0 ? 'incidents' : 'proactive',
        service_id: input.serviceId,
        category: input.category,
        impact: input.impact,
        urgency: input.urgency,
        priority: decision.priority,
        estimate_hours: input.estimateHours,
        description: input.description,
        created_by: ctx.actor.userId,
      },
    );
    const who = { pemdaId, actorId: ctx.actor.userId, actorName: ctx.actor.name };
    await appendTimeline(trx, [
      {
        ...who,
        recordId: id,
        type: 'created',
        visibility: 'public',
        body: input.description,
        data: { priority: decision.priority, status: 'new' },
      },
    ]);
    // The incidents that form the problem are linked to it: each is "caused by" the problem.
    for (const incidentId of new Set(input.incidentIds)) {
      const incident = await trx
        .selectFrom('record')
        .select(['id', 'number'])
        .where('pemda_id', '=', pemdaId)
        .where('id', '=', incidentId)
        .where('kind', '=', 'ticket')
        .executeTakeFirst();
      if (!incident) throw new ProblemError('validation.failed', [{ path: 'incidentIds', message: 'Tiket tidak ditemukan.' }]);
      await trx
        .insertInto('record_link')
        .values({ pemda_id: pemdaId, from_id: incident.id, to_id: id, link_type: 'caused_by', created_by: ctx.actor.userId })
        .execute();
      await appendTimeline(trx, [
        {
          ...who,
          recordId: incident.id,
          visibility: 'internal',
          type: 'link_added',
          data: { recordId: id, number: allocated.number, linkType: 'caused_by' },
        },
      ]);
    }
    await recordAudit(trx, auditActorOf(ctx), {
      action: 'problem.create',
      entityType: 'problem',
      entityId: id,
      after: { number: allocated.number, priority: decision.priority, incidents: input.incidentIds.length },
    });
    return this.detail(trx, ctx, id);
  }

  async list(ctx: RequestContext, query: ProblemQuery) {
    this.mayRead(ctx);
    const { rows, total } = await new ProblemRepository(this.db).page(ctx.actor.pemdaId, query);
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        status: ProblemStatus.parse(r.status),
        priority: priority(r.priority),
        serviceName: r.service_name,
        ownerPdName: r.owner_pd_name,
        assigneeName: r.assignee_name,
        createdAt: r.created_at.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<ProblemRecord> {
    const row = await new ProblemRepository(db).detail(ctx.actor.pemdaId, id);
    const relations = row && problemRelations(ctx.actor, row);
    if (!row || !relations || relations.size === 0) throw new ProblemError('resource.not_found');
    const status = ProblemStatus.parse(row.status);
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      status,
      priority: priority(row.priority),
      serviceName: row.service_name,
      ownerPdName: row.owner_pd_name,
      assigneeName: row.assignee_name,
      createdAt: row.created_at.toISOString(),
      origin: row.origin,
      serviceId: row.service_id,
      ownerPdId: row.owner_pd_id,
      category: row.category,
      impact: row.impact,
      urgency: row.urgency,
      estimateHours: row.estimate_hours,
      assigneeId: row.assignee_id,
      description: row.description,
      symptom: row.symptom,
      cause: row.cause,
      causeCategory: row.cause_category,
      whys: whysOf(row.whys),
      workaround: row.workaround,
      fixPlan: row.fix_plan,
      resolution: row.resolution,
      resolvedAt: iso(row.resolved_at),
      closedAt: iso(row.closed_at),
      events: await readTimeline(db, ctx.actor.pemdaId, id, true),
      allowedActions: allowedActionsOf(problemWorkflow, status, null, relations),
      version: row.version,
    };
  }

  get(ctx: RequestContext, id: string) {
    return this.detail(this.db, ctx, id);
  }

  act(ctx: RequestContext, id: string, body: ProblemAction): Promise<ProblemRecord> {
    return this.db.transaction().execute(async (trx) => {
      const record = await new ProblemRepository(trx).lock(ctx.actor.pemdaId, id);
      const relations = record && problemRelations(ctx.actor, record);
      if (!record || !relations || relations.size === 0) throw new ProblemError('resource.not_found');
      await runRecordAction({
        trx,
        workflow: problemWorkflow,
        record,
        status: ProblemStatus.parse(record.status),
        state: null,
        relations,
        body,
        effects: await problemEffects(),
        who: { ...auditActorOf(ctx), actorId: ctx.actor.userId, actorName: ctx.actor.name },
        decider: deciderOf(ctx),
        approvals: this.approvals,
        timeZone: await pemdaTimeZone(trx, ctx.actor.pemdaId),
        changes: {},
        persist: (t, recordId, changes) => new ProblemRepository(t).update(recordId, changes),
      });
      return this.detail(trx, ctx, id);
    });
  }
}

const PRIORITY_CODES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;
function priority(stored: string): (typeof PRIORITY_CODES)[number] {
  const found = PRIORITY_CODES.find((p) => p === stored);
  if (!found) throw new Error(`unknown priority ${stored}`);
  return found;
}
