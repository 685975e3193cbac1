import type { PermissionScope } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** The Pemda's time zone, whose calendar year the reports count in. */
export async function pemdaTimeZone(db: Kysely<Database>, pemdaId: string): Promise<string> {
  const pemda = await db.selectFrom('pemda').select('time_zone').where('id', '=', pemdaId).executeTakeFirstOrThrow();
  return pemda.time_zone;
}

/** Per-service counts for tickets reported in one year, in the Pemda's own calendar year. */
export async function serviceTargetsOfYear(
  db: Kysely<Database>,
  pemdaId: string,
  year: number,
  offsetMinutes: number,
  scope: PermissionScope,
) {
  const from = new Date(Date.UTC(year, 0, 1) - offsetMinutes * 60_000);
  const to = new Date(Date.UTC(year + 1, 0, 1) - offsetMinutes * 60_000);
  // Aggregate the year from the covering (pemda_id, reported_at) index, then name the ~100 services.
  const perService = db
    .selectFrom('ticket as t')
    .where('t.pemda_id', '=', pemdaId)
    .where('t.reported_at', '>=', from)
    .where('t.reported_at', '<', to)
    .groupBy('t.service_id')
    .select([
      't.service_id',
      sql<number>`count(*) FILTER (WHERE t.kind = 'incident')::int`.as('incidents'),
      sql<number>`count(*) FILTER (WHERE t.kind = 'request')::int`.as('requests'),
      sql<number>`count(t.first_response_at)::int`.as('responded'),
      sql<number>`count(*) FILTER (WHERE t.first_response_at <= t.response_due_at)::int`.as('response_met'),
      sql<number>`count(t.resolved_at)::int`.as('resolved'),
      sql<number>`count(*) FILTER (WHERE t.resolved_at <= coalesce(t.fulfilment_due_at, t.resolution_due_at))::int`.as('resolution_met'),
      sql<number>`count(*) FILTER (WHERE t.satisfaction = 'puas')::int`.as('satisfied'),
      sql<number>`count(t.rating)::int`.as('rated'),
      sql<number | null>`round(avg(t.rating), 2)::float8`.as('average_rating'),
    ]);
  let q = db
    .selectFrom(perService.as('agg'))
    .innerJoin('service as s', 's.id', 'agg.service_id')
    .innerJoin('perangkat_daerah as pd', 'pd.id', 's.provider_pd_id');
  if (scope !== 'all')
    q = q.where('s.provider_pd_id', 'in', scope === 'none' ? ['00000000-0000-0000-0000-000000000000'] : scope.perangkatDaerahIds);
  const rows = await q.selectAll('agg').select(['s.name as service_name', 'pd.name as provider_pd_name']).orderBy('s.name').execute();
  return rows.map((r) => ({
    serviceId: r.service_id,
    serviceName: r.service_name,
    providerPdName: r.provider_pd_name,
    incidents: r.incidents,
    requests: r.requests,
    responded: r.responded,
    responseMet: r.response_met,
    resolved: r.resolved,
    resolutionMet: r.resolution_met,
    satisfied: r.satisfied,
    rated: r.rated,
    averageRating: r.average_rating,
  }));
}
