import type { Approval, RoleAssignmentLike } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/audit';
import type { Database } from '../db/schema';
import { ProblemError } from '../http/problem';
import type { Signer } from './signer';
import { appendTimeline } from './timeline';

/** One step of an approval: who may decide it (a role in a scope) and how many must agree. */
export interface ApprovalStep {
  purpose: string;
  roles: readonly string[];
  /** The PD whose role holders decide; null for Pemda-wide holders. */
  scopePdId: string | null;
  quorum: number;
}

/** Whether someone holding these assignments may decide a step. */
export function mayDecide(
  assignments: readonly { role: string; perangkatDaerahId: string | null }[],
  step: { approver_roles: string[]; scope_pd_id: string | null },
): boolean {
  return assignments.some(
    (a) =>
      step.approver_roles.includes(a.role) &&
      (a.perangkatDaerahId === null || step.scope_pd_id === null || a.perangkatDaerahId === step.scope_pd_id),
  );
}

/** What a signature covers: the decision in a canonical, ordered JSON text. */
export function decisionPayload(d: {
  approvalId: string;
  recordId: string;
  step: number;
  userId: string;
  decision: string;
  reason: string;
  decidedAt: Date;
}) {
  return JSON.stringify([d.approvalId, d.recordId, d.step, d.userId, d.decision, d.reason, d.decidedAt.toISOString()]);
}

/** The insert that opens an approval's steps, built and not run (for writeTogether); null without steps. */
export function approvalStepsWrite(trx: Kysely<Database>, pemdaId: string, recordId: string, steps: readonly ApprovalStep[]) {
  if (steps.length === 0) return null;
  return trx.insertInto('approval').values(
    steps.map((s, i) => ({
      pemda_id: pemdaId,
      record_id: recordId,
      step: i + 1,
      purpose: s.purpose,
      approver_roles: [...s.roles],
      scope_pd_id: s.scopePdId,
      quorum: s.quorum,
      status: i === 0 ? ('pending' as const) : ('waiting' as const),
    })),
  );
}

/** Approvals are a platform service: any record kind asks for steps and learns their outcome. */
export class Approvals {
  constructor(private readonly signer: Signer) {}

  /** Opens the steps of an approval on a record, in the caller's transaction: the first waits for decisions. */
  async request(trx: Kysely<Database>, pemdaId: string, recordId: string, steps: readonly ApprovalStep[]): Promise<void> {
    await approvalStepsWrite(trx, pemdaId, recordId, steps)?.execute();
  }

  /**
   * Records one signed decision on the record's pending step, in the caller's transaction. A
   * rejection ends the approval; enough approvals complete the step and open the next.
   * Returns the approval's state afterwards.
   */
  async decide(
    trx: Kysely<Database>,
    who: AuditActor & { actorName: string; userId: string; assignments: readonly RoleAssignmentLike[] },
    recordId: string,
    decision: 'approved' | 'rejected',
    reason: string,
  ): Promise<'pending' | 'approved' | 'rejected'> {
    const step = await trx
      .selectFrom('approval')
      .selectAll()
      .where('pemda_id', '=', who.pemdaId)
      .where('record_id', '=', recordId)
      .where('status', '=', 'pending')
      .orderBy('step')
      .forUpdate()
      .executeTakeFirst();
    if (!step) throw new ProblemError('approval.closed');
    if (!mayDecide(who.assignments, step)) throw new ProblemError('approval.not_approver');
    const decidedAt = new Date();
    const payload = decisionPayload({ approvalId: step.id, recordId, step: step.step, userId: who.userId, decision, reason, decidedAt });
    const signature = await this.signer.sign(trx, { pemdaId: who.pemdaId, userId: who.userId }, payload);
    const inserted = await trx
      .insertInto('approval_decision')
      .values({
        pemda_id: who.pemdaId,
        approval_id: step.id,
        user_id: who.userId,
        decision,
        reason,
        decided_at: decidedAt,
        signed_payload: payload,
        signature: signature.signature,
        signing_key_id: signature.keyId,
      })
      .onConflict((oc) => oc.columns(['approval_id', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new ProblemError('approval.closed');
    const approvals = await trx
      .selectFrom('approval_decision')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('approval_id', '=', step.id)
      .where('decision', '=', 'approved')
      .executeTakeFirstOrThrow();
    const stepStatus = decision === 'rejected' ? 'rejected' : Number(approvals.n) >= step.quorum ? 'approved' : 'pending';
    if (stepStatus !== 'pending')
      await trx.updateTable('approval').set({ status: stepStatus, decided_at: decidedAt }).where('id', '=', step.id).execute();
    let outcome: 'pending' | 'approved' | 'rejected' = stepStatus;
    if (stepStatus === 'approved') {
      const next = await trx
        .updateTable('approval')
        .set({ status: 'pending' })
        .where('record_id', '=', recordId)
        .where('step', '=', step.step + 1)
        .returning('id')
        .executeTakeFirst();
      if (next) outcome = 'pending';
    }
    if (stepStatus === 'rejected')
      await trx
        .updateTable('approval')
        .set({ status: 'cancelled' })
        .where('record_id', '=', recordId)
        .where('status', '=', 'waiting')
        .execute();
    await appendTimeline(trx, [
      {
        pemdaId: who.pemdaId,
        recordId,
        actorId: who.userId,
        actorName: who.actorName,
        type: 'approval_decided',
        visibility: 'public',
        body: reason,
        data: { step: step.step, decision, signatureId: inserted.id },
      },
    ]);
    await recordAudit(trx, who, {
      action: `approval.${decision === 'approved' ? 'approve' : 'reject'}`,
      entityType: 'approval',
      entityId: step.id,
      after: { recordId, step: step.step, decision, reason, signature: signature.signature, keyId: signature.keyId, outcome },
    });
    return outcome;
  }

  /** A record's approval steps with their signed decisions, each signature checked. */
  async list(db: Kysely<Database>, pemdaId: string, recordId: string, assignments: readonly RoleAssignmentLike[]): Promise<Approval[]> {
    const steps = await db
      .selectFrom('approval')
      .selectAll()
      .where('pemda_id', '=', pemdaId)
      .where('record_id', '=', recordId)
      .orderBy('step')
      .execute();
    if (steps.length === 0) return [];
    const decisions = await db
      .selectFrom('approval_decision as d')
      .innerJoin('app_user as u', 'u.id', 'd.user_id')
      .select([
        'd.id',
        'd.approval_id',
        'u.name',
        'd.decision',
        'd.reason',
        'd.decided_at',
        'd.signed_payload',
        'd.signature',
        'd.signing_key_id',
      ])
      .where(
        'd.approval_id',
        'in',
        steps.map((s) => s.id),
      )
      .orderBy('d.decided_at')
      .execute();
    const deciders = await decidersOf(
      db,
      pemdaId,
      steps.filter((s) => s.status === 'pending' || s.status === 'waiting'),
    );
    const pdNames = await scopeNames(db, pemdaId, steps);
    const checked = await Promise.all(
      decisions.map(async (d) => ({ ...d, verified: await this.signer.verify(db, d.signing_key_id, d.signed_payload, d.signature) })),
    );
    return steps.map((s) => ({
      id: s.id,
      step: s.step,
      purpose: s.purpose,
      approverRoles: s.approver_roles,
      scopePdName: s.scope_pd_id ? (pdNames.get(s.scope_pd_id) ?? null) : null,
      deciders: deciders.get(s.id) ?? [],
      quorum: s.quorum,
      status: s.status,
      canDecide: s.status === 'pending' && mayDecide(assignments, s),
      decisions: checked
        .filter((d) => d.approval_id === s.id)
        .map((d) => ({
          id: d.id,
          userName: d.name,
          decision: d.decision,
          reason: d.reason,
          decidedAt: d.decided_at.toISOString(),
          algorithm: 'Ed25519' as const,
          signature: d.signature,
          verified: d.verified,
        })),
    }));
  }
}

/** For each open step, the active people who may decide it (its roles, in its scope or Pemda-wide), by name. */
async function decidersOf(
  db: Kysely<Database>,
  pemdaId: string,
  steps: readonly { id: string; approver_roles: string[]; scope_pd_id: string | null }[],
): Promise<Map<string, { name: string; role: string }[]>> {
  const roles = [...new Set(steps.flatMap((s) => s.approver_roles))];
  if (roles.length === 0) return new Map();
  const holders = await db
    .selectFrom('role_assignment as ra')
    .innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['u.name', 'ra.role', 'ra.perangkat_daerah_id'])
    .where('ra.pemda_id', '=', pemdaId)
    .where('ra.role', 'in', roles)
    .where('u.active', '=', true)
    .orderBy('u.name')
    .execute();
  return new Map(
    steps.map((s) => [
      s.id,
      holders
        .filter((h) => mayDecide([{ role: h.role, perangkatDaerahId: h.perangkat_daerah_id }], s))
        .map((h) => ({ name: h.name, role: h.role })),
    ]),
  );
}

/** The names of the PDs the steps are scoped to. */
async function scopeNames(db: Kysely<Database>, pemdaId: string, steps: readonly { scope_pd_id: string | null }[]) {
  const ids = [...new Set(steps.flatMap((s) => (s.scope_pd_id ? [s.scope_pd_id] : [])))];
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('perangkat_daerah')
    .select(['id', 'name'])
    .where('pemda_id', '=', pemdaId)
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
