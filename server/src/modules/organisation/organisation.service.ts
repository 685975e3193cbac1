import type { Pemda, PemdaUpdate, PerangkatDaerah, PerangkatDaerahCreate, PerangkatDaerahQuery, PerangkatDaerahUpdate } from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { PemdaRepository, PerangkatDaerahRepository, toPemda, toPerangkatDaerah } from './organisation.repository';
import { createsParentCycle } from './organisation.rules';

export class OrganisationService {
  constructor(private readonly db: Kysely<Database>) {}

  async getPemda(ctx: RequestContext): Promise<Pemda> {
    const row = await new PemdaRepository(this.db).find(ctx.actor.pemdaId);
    if (!row) throw new ProblemError('resource.not_found');
    return toPemda(row);
  }

  updatePemda(ctx: RequestContext, input: PemdaUpdate): Promise<Pemda> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new PemdaRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId);
      if (!before) throw new ProblemError('resource.not_found');
      const row = await repo.update(before.id, input.version, { name: input.name, kind: input.kind, time_zone: input.timeZone });
      if (!row) throw new ProblemError('conflict.version');
      const after = toPemda(row);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'pemda.update',
        entityType: 'pemda',
        entityId: row.id,
        before: toPemda(before),
        after,
      });
      return after;
    });
  }

  async listPerangkatDaerah(ctx: RequestContext, query: PerangkatDaerahQuery) {
    const { rows, total } = await new PerangkatDaerahRepository(this.db).list(ctx.actor.pemdaId, query);
    return { items: rows.map(toPerangkatDaerah), total, page: query.page, pageSize: query.pageSize };
  }

  async getPerangkatDaerah(ctx: RequestContext, id: string): Promise<PerangkatDaerah> {
    const row = await new PerangkatDaerahRepository(this.db).find(ctx.actor.pemdaId, id);
    if (!row) throw new ProblemError('resource.not_found');
    return toPerangkatDaerah(row);
  }

  /** Runs inside the caller's transaction (shared with the idempotency key). */
  async createPerangkatDaerah(trx: Kysely<Database>, ctx: RequestContext, input: PerangkatDaerahCreate): Promise<PerangkatDaerah> {
    const repo = new PerangkatDaerahRepository(trx);
    if (input.parentId && !(await repo.find(ctx.actor.pemdaId, input.parentId))) throw new ProblemError('pd.parent_invalid');
    const row = await repo.insert({
      pemda_id: ctx.actor.pemdaId,
      name: input.name,
      short_name: input.shortName,
      type: input.type,
      is_diskominfo: input.isDiskominfo,
      parent_id: input.parentId,
    });
    const after = toPerangkatDaerah(row);
    await recordAudit(trx, auditActorOf(ctx), {
      action: 'perangkat_daerah.create',
      entityType: 'perangkat_daerah',
      entityId: row.id,
      after,
    });
    return after;
  }

  updatePerangkatDaerah(ctx: RequestContext, id: string, input: PerangkatDaerahUpdate): Promise<PerangkatDaerah> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new PerangkatDaerahRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId, id);
      if (!before) throw new ProblemError('resource.not_found');
      if (input.parentId !== before.parent_id && input.parentId !== null) {
        const parents = await repo.parentMap(ctx.actor.pemdaId);
        if (!parents.has(input.parentId) || createsParentCycle(id, input.parentId, parents)) throw new ProblemError('pd.parent_invalid');
      }
      const row = await repo.update(ctx.actor.pemdaId, id, input.version, {
        name: input.name,
        short_name: input.shortName,
        type: input.type,
        is_diskominfo: input.isDiskominfo,
        parent_id: input.parentId,
        active: input.active,
      });
      if (!row) throw new ProblemError('conflict.version');
      const after = toPerangkatDaerah(row);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'perangkat_daerah.update',
        entityType: 'perangkat_daerah',
        entityId: id,
        before: toPerangkatDaerah(before),
        after,
      });
      return after;
    });
  }

  /** Only a PD nothing refers to can be deleted; otherwise the database refuses (409) and it should be deactivated. */
  deletePerangkatDaerah(ctx: RequestContext, id: string): Promise<void> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new PerangkatDaerahRepository(trx);
      const before = await repo.find(ctx.actor.pemdaId, id);
      if (!before) throw new ProblemError('resource.not_found');
      await repo.delete(ctx.actor.pemdaId, id);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'perangkat_daerah.delete',
        entityType: 'perangkat_daerah',
        entityId: id,
        before: toPerangkatDaerah(before),
      });
    });
  }
}
