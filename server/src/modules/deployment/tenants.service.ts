import type { PemdaProvision, PemdaRename, PemdaSummary, PemdaSummaryQuery, PemdaSuspend } from '@sigap/core';
import type { Kysely } from 'kysely';
import { recordAudit, recordDeploymentAudit, type AuditEvent } from '../../platform/audit/audit';
import { SessionStore, forgetPemda } from '../../platform/auth/sessions';
import type { Database } from '../../platform/db/schema';
import type { OperatorContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { UserRepository } from '../identity';
import { PemdaRepository } from '../organisation';
import { provisionPemda } from '../provisioning';
import { operatorAuditActor } from './operator-auth.service';
import { TenantRepository } from './tenants.repository';

/**
 * The deployment's Pemda, administered by its super-administrators: list, provision, edit, suspend
 * and reactivate. Nothing is ever deleted; every change is written to the deployment's audit chain
 * and to the Pemda's own, so the Pemda's auditors see who suspended it and why.
 */
export class TenantService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(query: PemdaSummaryQuery) {
    const { items, total } = await new TenantRepository(this.db).list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<PemdaSummary> {
    return mustFind(new TenantRepository(this.db), id);
  }

  /** The same provisioning as `npm run pemda:create`: the Pemda, its Diskominfo, first administrator and calendars. */
  async create(ctx: OperatorContext, input: PemdaProvision): Promise<PemdaSummary> {
    if (await new PemdaRepository(this.db).codeTaken(input.code)) {
      throw new ProblemError('conflict.duplicate', [{ path: 'code', message: 'Kode ini sudah dipakai Pemda lain.' }]);
    }
    if (await new UserRepository(this.db).findCredentials(input.adminEmail)) {
      throw new ProblemError('conflict.duplicate', [{ path: 'adminEmail', message: 'E-mail ini sudah dipakai pengguna lain.' }]);
    }
    const created = await provisionPemda(this.db, input, operatorAuditActor(ctx));
    return this.get(created.pemdaId);
  }

  update(ctx: OperatorContext, id: string, input: PemdaRename): Promise<PemdaSummary> {
    return this.change(ctx, id, input.version, 'pemda.update', () => ({
      name: input.name,
      kind: input.kind,
      time_zone: input.timeZone,
    }));
  }

  /** Signs every user of the Pemda out; its users cannot sign in and its public portal takes no report until reactivated. */
  async suspend(ctx: OperatorContext, id: string, input: PemdaSuspend): Promise<PemdaSummary> {
    const after = await this.change(ctx, id, input.version, 'pemda.suspend', async (trx, before) => {
      if (before.status === 'suspended') throw new ProblemError('pemda.status_unchanged');
      await new SessionStore(trx).revokeAllOfPemda(trx, id);
      return { status: 'suspended', suspended_at: new Date(), suspension_reason: input.reason };
    });
    // Sessions read again between the deletion and the commit may have been cached: drop them once more.
    forgetPemda(id);
    return after;
  }

  reactivate(ctx: OperatorContext, id: string, version: number): Promise<PemdaSummary> {
    return this.change(ctx, id, version, 'pemda.reactivate', (_trx, before) => {
      if (before.status === 'active') throw new ProblemError('pemda.status_unchanged');
      return { status: 'active', suspended_at: null, suspension_reason: null };
    });
  }

  /** One optimistic change of a Pemda row, audited in both chains, in one transaction. */
  private change(
    ctx: OperatorContext,
    id: string,
    version: number,
    action: string,
    values: (
      trx: Kysely<Database>,
      before: PemdaSummary,
    ) => Parameters<TenantRepository['update']>[2] | Promise<Parameters<TenantRepository['update']>[2]>,
  ): Promise<PemdaSummary> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new TenantRepository(trx);
      const before = await mustFind(repo, id);
      if (before.version !== version) throw new ProblemError('conflict.version');
      if (!(await repo.update(id, version, await values(trx, before)))) throw new ProblemError('conflict.version');
      const after = await mustFind(repo, id);
      const event: AuditEvent = { action, entityType: 'pemda', entityId: id, before: audited(before), after: audited(after) };
      const who = operatorAuditActor(ctx);
      await recordAudit(trx, { ...who, pemdaId: id }, event);
      await recordDeploymentAudit(trx, who, event);
      return after;
    });
  }
}

async function mustFind(repo: TenantRepository, id: string): Promise<PemdaSummary> {
  const found = await repo.find(id);
  if (!found) throw new ProblemError('resource.not_found');
  return found;
}

/** What the audit keeps of a Pemda: its identity and status, not its counts. */
function audited(p: PemdaSummary) {
  return { name: p.name, code: p.code, kind: p.kind, timeZone: p.timeZone, status: p.status, suspensionReason: p.suspensionReason };
}
