import { DEFAULT_POLICY, ServiceDeskPolicySchema, type ServiceDeskPolicy } from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';

export interface StoredPolicy {
  policy: ServiceDeskPolicy;
  /** 0 while the Pemda still uses the defaults. */
  version: number;
  updatedAt: string | null;
}

/** The Pemda's service-desk policy, or the SPEC defaults when it has set none. */
export async function loadPolicy(db: Kysely<Database>, pemdaId: string): Promise<StoredPolicy> {
  const row = await db.selectFrom('service_desk_policy').selectAll().where('pemda_id', '=', pemdaId).executeTakeFirst();
  if (!row) return { policy: DEFAULT_POLICY, version: 0, updatedAt: null };
  return { policy: ServiceDeskPolicySchema.parse(row.policy), version: row.version, updatedAt: row.updated_at.toISOString() };
}

export class PolicyService {
  constructor(private readonly db: Kysely<Database>) {}

  get(ctx: RequestContext) {
    return loadPolicy(this.db, ctx.actor.pemdaId);
  }

  update(ctx: RequestContext, policy: ServiceDeskPolicy, version: number): Promise<StoredPolicy> {
    return this.db.transaction().execute(async (trx) => {
      const before = await loadPolicy(trx, ctx.actor.pemdaId);
      if (before.version !== version) throw new ProblemError('conflict.version');
      const json = JSON.stringify(policy);
      const row =
        version === 0
          ? await trx
              .insertInto('service_desk_policy')
              .values({ pemda_id: ctx.actor.pemdaId, policy: json })
              .onConflict((oc) => oc.doNothing())
              .returningAll()
              .executeTakeFirst()
          : await trx
              .updateTable('service_desk_policy')
              .set({ policy: json, version: version + 1, updated_at: new Date() })
              .where('pemda_id', '=', ctx.actor.pemdaId)
              .where('version', '=', version)
              .returningAll()
              .executeTakeFirst();
      if (!row) throw new ProblemError('conflict.version');
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'policy.update',
        entityType: 'service_desk_policy',
        entityId: ctx.actor.pemdaId,
        before: before.policy,
        after: policy,
      });
      return { policy, version: row.version, updatedAt: row.updated_at.toISOString() };
    });
  }
}
