import { isBeyondHorizon, type ServiceDeskPolicy, type WorkingCalendar } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { ProblemError } from '../../platform/http/problem';
import { loadWorkingCalendar } from '../calendar';
import { cachedCalendar, cachedPolicy } from '../calendar';
import { loadPolicy } from '../sla';

/** What a ticket's rules need to know about its service: the catalog entry, the policy and the calendar. */
export interface TicketSetting {
  service: {
    id: string;
    name: string;
    providerPdId: string;
    providerIsDiskominfo: boolean;
    serviceType: 'publik' | 'administrasi';
    classification: 'kritis' | 'esensial' | 'normal';
    active: boolean;
    publicReporting: boolean;
  };
  policy: ServiceDeskPolicy;
  calendar: WorkingCalendar;
}

/** The working calendar of a service's tickets (cached like the rest of the setting). */
export async function ticketCalendar(db: Kysely<Database>, pemdaId: string, calendarId: string): Promise<WorkingCalendar> {
  const policyOf = () => loadPolicy(db, pemdaId).then((p) => p.policy);
  // The Pemda's settings version: a newer one (any write to calendars or policy) reloads the cache.
  const { settings_version } = await db.selectFrom('pemda').select('settings_version').where('id', '=', pemdaId).executeTakeFirstOrThrow();
  return cachedCalendar(pemdaId, settings_version, calendarId, policyOf, () => loadWorkingCalendar(db, pemdaId, calendarId));
}

export async function loadTicketSetting(db: Kysely<Database>, pemdaId: string, serviceId: string): Promise<TicketSetting> {
  const service = await db
    .selectFrom('service as s')
    .innerJoin('perangkat_daerah as pd', 'pd.id', 's.provider_pd_id')
    .innerJoin('pemda as p', 'p.id', 's.pemda_id')
    .select([
      's.id',
      's.name',
      's.provider_pd_id',
      'pd.is_diskominfo',
      's.service_type',
      's.classification',
      's.active',
      's.public_reporting',
      's.calendar_id',
      // Raised by every write to what the cache holds (migration 0015): a newer one reloads it.
      'p.settings_version',
    ])
    .where('s.pemda_id', '=', pemdaId)
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
  if (!service) throw new ProblemError('validation.failed', [{ path: 'serviceId', message: 'Layanan tidak ditemukan.' }]);
  const policyOf = () => loadPolicy(db, pemdaId).then((p) => p.policy);
  const [policy, calendar] = await Promise.all([
    cachedPolicy(pemdaId, service.settings_version, policyOf),
    cachedCalendar(pemdaId, service.settings_version, service.calendar_id, policyOf, () =>
      loadWorkingCalendar(db, pemdaId, service.calendar_id),
    ),
  ]);
  return {
    service: {
      id: service.id,
      name: service.name,
      providerPdId: service.provider_pd_id,
      providerIsDiskominfo: service.is_diskominfo,
      serviceType: service.service_type,
      classification: service.classification,
      active: service.active,
      publicReporting: service.public_reporting,
    },
    policy,
    calendar,
  };
}

// The desk and escalation role groups are @sigap/core's (permissions.ts); re-exported for this module's index.

/**
 * Whether any due time is "no target": the service's calendar holds too little working time to
 * reach it, so the clock set it at the horizon instead of failing the write. The ticket's
 * timeline says so (`clock_beyond_calendar`).
 */
export function beyondCalendar(from: Date, dues: readonly (Date | null)[]): boolean {
  return dues.some((due) => isBeyondHorizon(from, due));
}
