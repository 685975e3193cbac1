import { scopeCovers, type Service, type ServiceCreate, type ServiceQuery, type ServiceUpdate } from '@sigap/core';
import type { RequestType } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RequestTypeInput } from '@sigap/core';
import { auditActorOf, recordAudit } from '../../platform/audit/audit';
import type { Database } from '../../platform/db/schema';
import type { RequestContext } from '../../platform/http/context';
import { ProblemError } from '../../platform/http/problem';
import { CalendarRepository } from '../calendar';
import { PerangkatDaerahRepository } from '../organisation';
import { CatalogRepository, toRequestType } from './catalog.repository';

type RequestTypeFields = z.infer<typeof RequestTypeInput>;

export class CatalogService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(ctx: RequestContext, query: ServiceQuery) {
    const page = await new CatalogRepository(this.db).list(ctx.actor.pemdaId, query);
    return { ...page, page: query.page, pageSize: query.pageSize };
  }

  /** For the anonymous report form: no actor, so any Pemda's, or the one asked for. */
  listPublic(pemdaId: string | undefined) {
    return new CatalogRepository(this.db).publicServices(pemdaId);
  }

  async get(ctx: RequestContext, id: string): Promise<Service> {
    const service = await new CatalogRepository(this.db).find(ctx.actor.pemdaId, id);
    if (!service) throw new ProblemError('resource.not_found');
    return service;
  }

  async create(trx: Kysely<Database>, ctx: RequestContext, input: ServiceCreate): Promise<Service> {
    await this.checkReferences(trx, ctx, input);
    const repo = new CatalogRepository(trx);
    const { id } = await repo.insert({
      pemda_id: ctx.actor.pemdaId,
      ...columns(input),
    });
    await repo.replaceStaff(ctx.actor.pemdaId, id, input.serviceAdminIds, input.infraAdminIds);
    for (const t of input.requestTypes) await repo.insertRequestType(ctx.actor.pemdaId, id, t);
    const after = await mustFind(repo, ctx, id);
    await recordAudit(trx, auditActorOf(ctx), { action: 'service.create', entityType: 'service', entityId: id, after });
    return after;
  }

  update(ctx: RequestContext, id: string, input: ServiceUpdate): Promise<Service> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CatalogRepository(trx);
      const before = await mustFind(repo, ctx, id);
      if (!scopeCovers(ctx.scope, before.providerPdId)) throw new ProblemError('auth.forbidden');
      await this.checkReferences(trx, ctx, input);
      const updated = await repo.update(ctx.actor.pemdaId, id, input.version, { ...columns(input), active: input.active });
      if (!updated) throw new ProblemError('conflict.version');
      await repo.replaceStaff(ctx.actor.pemdaId, id, input.serviceAdminIds, input.infraAdminIds);
      const after = await mustFind(repo, ctx, id);
      await recordAudit(trx, auditActorOf(ctx), { action: 'service.update', entityType: 'service', entityId: id, before, after });
      return after;
    });
  }

  addRequestType(ctx: RequestContext, serviceId: string, input: RequestTypeFields): Promise<RequestType> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CatalogRepository(trx);
      const service = await mustFind(repo, ctx, serviceId);
      if (!scopeCovers(ctx.scope, service.providerPdId)) throw new ProblemError('auth.forbidden');
      const row = toRequestType(await repo.insertRequestType(ctx.actor.pemdaId, serviceId, input));
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'service.request_type_create',
        entityType: 'service',
        entityId: serviceId,
        after: row,
      });
      return row;
    });
  }

  updateRequestType(ctx: RequestContext, serviceId: string, id: string, input: RequestTypeFields): Promise<RequestType> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new CatalogRepository(trx);
      const service = await mustFind(repo, ctx, serviceId);
      if (!scopeCovers(ctx.scope, service.providerPdId)) throw new ProblemError('auth.forbidden');
      const row = await repo.updateRequestType(ctx.actor.pemdaId, serviceId, id, input);
      if (!row) throw new ProblemError('resource.not_found');
      const after = toRequestType(row);
      await recordAudit(trx, auditActorOf(ctx), {
        action: 'service.request_type_update',
        entityType: 'service',
        entityId: serviceId,
        before: service.requestTypes.find((t) => t.id === id),
        after,
      });
      return after;
    });
  }

  /** The provider PD (within the actor's catalog scope), the calendar and the staff must belong to this Pemda. */
  private async checkReferences(trx: Kysely<Database>, ctx: RequestContext, input: ServiceCreate | ServiceUpdate) {
    const errors: { path: string; message: string }[] = [];
    if (!(await new PerangkatDaerahRepository(trx).find(ctx.actor.pemdaId, input.providerPdId)))
      errors.push({ path: 'providerPdId', message: 'Perangkat Daerah tidak ditemukan.' });
    else if (!scopeCovers(ctx.scope, input.providerPdId)) throw new ProblemError('auth.forbidden');
    if (!(await new CalendarRepository(trx).find(ctx.actor.pemdaId, input.calendarId)))
      errors.push({ path: 'calendarId', message: 'Kalender kerja tidak ditemukan.' });
    const staffIds = [...input.serviceAdminIds, ...input.infraAdminIds];
    const known = await new CatalogRepository(trx).usersInPemda(ctx.actor.pemdaId, staffIds);
    if (staffIds.some((id) => !known.has(id))) errors.push({ path: 'serviceAdminIds', message: 'Ada administrator yang tidak ditemukan.' });
    if (errors.length) throw new ProblemError('validation.failed', errors);
  }
}

function columns(input: ServiceCreate | ServiceUpdate) {
  return {
    name: input.name,
    description: input.description,
    provider_pd_id: input.providerPdId,
    access_info: input.accessInfo,
    availability_target: input.availabilityTarget,
    current_availability: input.currentAvailability,
    help_contact: input.helpContact,
    helpdesk_hours: input.helpdeskHours,
    service_type: input.serviceType,
    classification: input.classification,
    rpo_minutes: input.rpoMinutes,
    rto_minutes: input.rtoMinutes,
    drp_reference: input.drpReference,
    calendar_id: input.calendarId,
    public_reporting: input.publicReporting,
  };
}

async function mustFind(repo: CatalogRepository, ctx: RequestContext, id: string): Promise<Service> {
  const service = await repo.find(ctx.actor.pemdaId, id);
  if (!service) throw new ProblemError('resource.not_found');
  return service;
}
