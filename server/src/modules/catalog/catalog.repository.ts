import { SUPPORT_LINE, type RequestType, type Service, type ServiceQuery, type SupportLine } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database, ServiceRow, ServiceTable } from '../../platform/db/schema';
import { containsPattern } from '../../platform/db/like';
import type { Insertable, Updateable } from 'kysely';

const SERVICE_COLUMNS = [
  's.id',
  's.name',
  's.description',
  's.provider_pd_id',
  'pd.name as provider_pd_name',
  's.access_info',
  's.availability_target',
  's.current_availability',
  's.help_contact',
  's.helpdesk_hours',
  's.service_type',
  's.classification',
  's.rpo_minutes',
  's.rto_minutes',
  's.drp_reference',
  's.calendar_id',
  'c.name as calendar_name',
  's.public_reporting',
  's.active',
  's.version',
  's.updated_at',
] as const;

export class CatalogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private base(pemdaId: string) {
    return this.db
      .selectFrom('service as s')
      .innerJoin('perangkat_daerah as pd', 'pd.id', 's.provider_pd_id')
      .innerJoin('working_calendar as c', 'c.id', 's.calendar_id')
      .where('s.pemda_id', '=', pemdaId);
  }

  async list(pemdaId: string, query: ServiceQuery): Promise<{ items: Service[]; total: number }> {
    let q = this.base(pemdaId);
    if (query.q) {
      const like = containsPattern(query.q);
      q = q.where((eb) => eb.or([eb('s.name', 'ilike', like), eb('s.description', 'ilike', like)]));
    }
    if (query.providerPdId) q = q.where('s.provider_pd_id', '=', query.providerPdId);
    if (query.classification) q = q.where('s.classification', '=', query.classification);
    if (query.serviceType) q = q.where('s.service_type', '=', query.serviceType);
    if (query.active !== undefined) q = q.where('s.active', '=', query.active);
    const [rows, count] = await Promise.all([
      q
        .select(SERVICE_COLUMNS)
        .orderBy('s.name')
        .orderBy('s.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: await this.assemble(rows), total: count.n };
  }

  async find(pemdaId: string, id: string): Promise<Service | undefined> {
    const row = await this.base(pemdaId).select(SERVICE_COLUMNS).where('s.id', '=', id).executeTakeFirst();
    return row ? (await this.assemble([row]))[0] : undefined;
  }

  /** Staff and request types of many services in two queries. */
  private async assemble(rows: ServiceRowShape[]): Promise<Service[]> {
    const ids = rows.map((r) => r.id);
    const [staff, types] = ids.length
      ? await Promise.all([
          this.db
            .selectFrom('service_staff as st')
            .innerJoin('app_user as u', 'u.id', 'st.user_id')
            .select(['st.service_id', 'st.kind', 'u.id', 'u.name'])
            .where('st.service_id', 'in', ids)
            .orderBy('u.name')
            .execute(),
          this.db.selectFrom('service_request_type').selectAll().where('service_id', 'in', ids).orderBy('name').execute(),
        ])
      : [[], []];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      providerPdId: r.provider_pd_id,
      providerPdName: r.provider_pd_name,
      serviceAdmins: staff.filter((s) => s.service_id === r.id && s.kind === SUPPORT_LINE.service).map((s) => ({ id: s.id, name: s.name })),
      infraAdmins: staff.filter((s) => s.service_id === r.id && s.kind === SUPPORT_LINE.infra).map((s) => ({ id: s.id, name: s.name })),
      accessInfo: r.access_info,
      availabilityTarget: Number(r.availability_target),
      helpContact: r.help_contact,
      helpdeskHours: r.helpdesk_hours,
      currentAvailability: r.current_availability === null ? null : Number(r.current_availability),
      serviceType: r.service_type,
      classification: r.classification,
      rpoMinutes: r.rpo_minutes,
      rtoMinutes: r.rto_minutes,
      drpReference: r.drp_reference,
      calendarId: r.calendar_id,
      calendarName: r.calendar_name,
      publicReporting: r.public_reporting,
      active: r.active,
      requestTypes: types.filter((t) => t.service_id === r.id).map(toRequestType),
      version: r.version,
      updatedAt: r.updated_at.toISOString(),
    }));
  }

  /** Active services that take reports from the public (of one Pemda, when given), by name. */
  publicServices(pemdaId: string | undefined) {
    let q = this.db
      .selectFrom('service as s')
      .innerJoin('perangkat_daerah as pd', 'pd.id', 's.provider_pd_id')
      .select(['s.id', 's.name', 's.description', 'pd.name as providerPdName', 's.help_contact as helpContact'])
      .where('s.public_reporting', '=', true)
      .where('s.active', '=', true)
      .orderBy('s.name')
      .limit(500);
    if (pemdaId) q = q.where('s.pemda_id', '=', pemdaId);
    return q.execute();
  }

  insert(values: Insertable<ServiceTable>) {
    return this.db.insertInto('service').values(values).returning('id').executeTakeFirstOrThrow();
  }

  async update(pemdaId: string, id: string, version: number, values: Updateable<ServiceTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('service')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  async replaceStaff(pemdaId: string, serviceId: string, serviceAdminIds: string[], infraAdminIds: string[]) {
    await this.db.deleteFrom('service_staff').where('pemda_id', '=', pemdaId).where('service_id', '=', serviceId).execute();
    const staff = (user_id: string, kind: SupportLine) => ({ pemda_id: pemdaId, service_id: serviceId, user_id, kind });
    const rows = [
      ...[...new Set(serviceAdminIds)].map((id) => staff(id, SUPPORT_LINE.service)),
      ...[...new Set(infraAdminIds)].map((id) => staff(id, SUPPORT_LINE.infra)),
    ];
    if (rows.length) await this.db.insertInto('service_staff').values(rows).execute();
  }

  insertRequestType(
    pemdaId: string,
    serviceId: string,
    t: { name: string; description: string; fulfilmentMinutes: number; requiresApproval: boolean; active: boolean },
  ) {
    return this.db
      .insertInto('service_request_type')
      .values({
        pemda_id: pemdaId,
        service_id: serviceId,
        name: t.name,
        description: t.description,
        fulfilment_minutes: t.fulfilmentMinutes,
        requires_approval: t.requiresApproval,
        active: t.active,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateRequestType(
    pemdaId: string,
    serviceId: string,
    id: string,
    t: { name: string; description: string; fulfilmentMinutes: number; requiresApproval: boolean; active: boolean },
  ) {
    return this.db
      .updateTable('service_request_type')
      .set({
        name: t.name,
        description: t.description,
        fulfilment_minutes: t.fulfilmentMinutes,
        requires_approval: t.requiresApproval,
        active: t.active,
      })
      .where('pemda_id', '=', pemdaId)
      .where('service_id', '=', serviceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }
}

/** A catalog row as listed: the service's columns plus the names joined in. */
type ServiceRowShape = Omit<ServiceRow, 'pemda_id' | 'created_at'> & { provider_pd_name: string; calendar_name: string };

export function toRequestType(t: {
  id: string;
  name: string;
  description: string;
  fulfilment_minutes: number;
  requires_approval: boolean;
  active: boolean;
}): RequestType {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    fulfilmentMinutes: t.fulfilment_minutes,
    requiresApproval: t.requires_approval,
    active: t.active,
  };
}
