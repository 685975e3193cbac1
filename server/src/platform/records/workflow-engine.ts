import { allowedActionsOf, nextState, type ActionBody, type ActionSpec, type Notice, type TimelineEntry, type Workflow } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/audit';
import type { Database } from '../db/schema';
import { ProblemError } from '../http/problem';
import type { Approvals } from './approvals';
import type { Effect } from './effects';
import { notify } from './notices';
import type { deciderOf } from './records.service';
import type { RecordIdentity } from './registry';
import { appendTimeline } from './timeline';

/** What one action's effect file sees and adds to, for kinds run by the generic engine. */
export interface RecordActionContext<Changes> {
  trx: Kysely<Database>;
  record: RecordIdentity & { version: number };
  who: AuditActor & { actorName: string; actorId: string };
  now: Date;
  nextStatus: string;
  /** The kind's own columns to change; the kind's `persist` writes them. */
  changes: Changes;
  events: (TimelineEntry & { visibility: 'public' | 'internal'; body?: string | null })[];
  tell: { userIds: string[]; notice: Notice }[];
  approvals: Approvals;
  decider: ReturnType<typeof deciderOf>;
}

interface Run<S extends string, R extends string, State, A extends Record<string, ActionSpec<S, R, State>>, Changes> {
  trx: Kysely<Database>;
  workflow: Workflow<S, R, State, A>;
  record: RecordIdentity & { version: number };
  status: S;
  state: State;
  relations: ReadonlySet<R>;
  body: ActionBody<Workflow<S, R, State, A>>;
  effects: Map<string, Effect<Workflow<S, R, State, A>, RecordActionContext<Changes>>>;
  who: RecordActionContext<Changes>['who'];
  decider: RecordActionContext<Changes>['decider'];
  approvals: Approvals;
  timeZone: string;
  changes: Changes;
  /** Writes the kind's own columns (in the same transaction). */
  persist(trx: Kysely<Database>, id: string, changes: Changes): Promise<void>;
}

/**
 * Runs one declared action on a record of a kind that keeps its number, title, status and
 * version in `record`: the declaration decides whether it is allowed and where it leads, the
 * action's effect file what else changes; the record, the kind's row, the timeline, the audit
 * record and the notices commit together, or not at all.
 */
export async function runRecordAction<
  S extends string,
  R extends string,
  State,
  A extends Record<string, ActionSpec<S, R, State>>,
  Changes,
>(run: Run<S, R, State, A, Changes>): Promise<void> {
  const { trx, workflow, record, body, who } = run;
  if (record.version !== body.version) throw new ProblemError('conflict.version');
  if (!allowedActionsOf(workflow, run.status, run.state, run.relations).some((a) => a === body.action))
    throw new ProblemError('record.action_not_allowed');
  const now = new Date();
  const ctx: RecordActionContext<Changes> = {
    trx,
    record,
    who,
    now,
    nextStatus: nextState(workflow, run.status, body),
    changes: run.changes,
    events: [],
    tell: [],
    approvals: run.approvals,
    decider: run.decider,
  };
  await run.effects.get(body.action)?.apply(ctx, body);

  const updated = await trx
    .updateTable('record')
    .set({ status: ctx.nextStatus, version: record.version + 1, updated_at: now })
    .where('id', '=', record.id)
    .where('version', '=', record.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw new ProblemError('conflict.version');
  await run.persist(trx, record.id, ctx.changes);
  if (ctx.nextStatus !== record.status)
    ctx.events.push({ type: 'status', visibility: 'public', data: { from: record.status, to: ctx.nextStatus } });
  await appendTimeline(
    trx,
    ctx.events.map((e) => ({
      ...e,
      pemdaId: record.pemda_id,
      recordId: record.id,
      actorId: who.actorId,
      actorName: who.actorName,
      at: now,
    })),
  );
  await recordAudit(trx, who, {
    action: `${workflow.kind}.${body.action}`,
    entityType: workflow.kind,
    entityId: record.id,
    before: { status: record.status, version: record.version },
    after: { status: ctx.nextStatus, changes: ctx.changes },
  });
  const subject = { pemdaId: record.pemda_id, recordId: record.id, timeZone: run.timeZone };
  for (const t of ctx.tell)
    await notify(
      trx,
      subject,
      t.userIds.filter((id) => id !== who.actorId),
      t.notice,
    );
}
