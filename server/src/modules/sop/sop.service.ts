import { DEFAULT_SOP_STANDARDS, SopStandardsSchema, type SopSettings, type SopStandards } from '@sigap/core';
import type { Kysely } from 'kysely';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { SopRepository } from './sop.repository';

/** The Pemda's SOP time standards, or the SOP's own (Kep. Bupati Bantul 218/2024) when it has set none. */
export async function loadSopSettings(db: Kysely<Database>, pemdaId: string): Promise<SopSettings> {
  const row = await new SopRepository(db).find(pemdaId);
  if (!row) return { standards: DEFAULT_SOP_STANDARDS, version: 0, updatedAt: null };
  // A standard added to the SOP after the Pemda saved its own starts at the SOP's value.
  const standards = SopStandardsSchema.parse({ ...DEFAULT_SOP_STANDARDS, ...objectOf(row.standards) });
  return { standards, version: row.version, updatedAt: row.updated_at.toISOString() };
}

const objectOf = (value: unknown): object => (typeof value === 'object' && value !== null ? value : {});

export class SopService {
  constructor(private readonly db: Kysely<Database>) {}

  get(ctx: RequestContext): Promise<SopSettings> {
    return loadSopSettings(this.db, ctx.actor.pemdaId);
  }

  /** Stores new time standards; they apply to every ticket's steps from the next read. */
  update(ctx: RequestContext, standards: SopStandards, version: number): Promise<SopSettings> {
    return this.db.transaction().execute(async (trx) => {
      const before = await loadSopSettings(trx, ctx.actor.pemdaId);
      if (before.version !== version) throw new ProblemError('conflict.version');
      const repo = new SopRepository(trx);
      const json = JSON.stringify(standards);
      const row =
        version === 0
          ? await repo.insert(ctx.actor.pemdaId, json, ctx.actor.userId)
          : await repo.update(ctx.actor.pemdaId, version, json, ctx.actor.userId);
      if (!row) throw new ProblemError('conflict.version');
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'sop.update',
        entityType: 'sop_setting',
        entityId: ctx.actor.pemdaId,
        before: before.standards,
        after: standards,
      });
      return { standards, version: row.version, updatedAt: row.updated_at.toISOString() };
    });
  }
}
