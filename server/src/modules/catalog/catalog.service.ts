import {
  SUPPORT_LINE,
  scopeCovers,
  type Candidate,
  type Service,
  type ServiceCreate,
  type ServiceQuery,
  type ServiceUpdate,
  type StaffCandidateQuery,
} from '@sigap/core';
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
import { eligiblePeople } from '../../platform/records/eligibility';
import { CatalogRepository, toRequestType } from './catalog.repository';
import { serviceStaffRule } from './service-staff';

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
    await this.checkReferences(trx, ctx, input, null);
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
      await this.checkReferences(trx, ctx, input, before);
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

  /** Who the service's administrator pickers offer (service-staff.ts): the same rule create and update check. */
  staffCandidates(ctx: RequestContext, query: StaffCandidateQuery): Promise<Candidate[]> {
    return eligiblePeople(this.db, ctx.actor.pemdaId, serviceStaffRule(query.providerPdId, query.kind));
  }

  /**
   * The provider PD (within the actor's catalog scope) and the calendar must belong to this Pemda;
   * everyone newly named an administrator must be eligible for it (service-staff.ts). Staff the
   * service already had with the same provider stay, even if their roles have since changed.
   */
  private async checkReferences(trx: Kysely<Database>, ctx: RequestContext, input: ServiceCreate | ServiceUpdate, before: Service | null) {
    const errors: { path: string; message: string }[] = [];
    if (!(await new PerangkatDaerahRepository(trx).find(ctx.actor.pemdaId, input.providerPdId)))
      errors.push({ path: 'providerPdId', message: 'Perangkat Daerah tidak ditemukan.' });
    else if (!scopeCovers(ctx.scope, input.providerPdId)) throw new ProblemError('auth.forbidden');
    if (!(await new CalendarRepository(trx).find(ctx.actor.pemdaId, input.calendarId)))
      errors.push({ path: 'calendarId', message: 'Kalender kerja tidak ditemukan.' });
    const sameProvider = before?.providerPdId === input.providerPdId;
    const fields = [
      { path: 'serviceAdminIds', kind: SUPPORT_LINE.service, ids: input.serviceAdminIds, had: sameProvider ? before.serviceAdmins : [] },
      { path: 'infraAdminIds', kind: SUPPORT_LINE.infra, ids: input.infraAdminIds, had: sameProvider ? before.infraAdmins : [] },
    ] as const;
    for (const f of fields) {
      const had = new Set(f.had.map((s) => s.id));
      const added = f.ids.filter((id) => !had.has(id));
      if (added.length === 0) continue;
      const eligible = new Set(
        (await eligiblePeople(trx, ctx.actor.pemdaId, serviceStaffRule(input.providerPdId, f.kind))).map((p) => p.id),
      );
      if (added.some((id) => !eligible.has(id)))
        errors.push({
          path: f.path,
          message: 'Hanya petugas layanan Perangkat Daerah penyedia (atau rekanannya, untuk infrastruktur) yang dapat dipilih.',
        });
    }
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
