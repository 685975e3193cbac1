import type { TicketSummary } from '@sigap/core';
import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { arg, compileOnce } from '../../platform/db/compile-once';
import { insertRows } from '../../platform/db/insert-rows';
import type { Database, TicketTable } from '../../platform/db/schema';
import { isoFromText, isoTimestamp } from '../../platform/db/timestamptz';

/** A timestamp as text (PostgreSQL's output, no Date made): list rows carry seven each. */
const asText = <C extends string>(column: C) => sql<string>`${sql.ref(`t.${column}`)}::text`.as(column);
const asNullableText = <C extends string>(column: C) => sql<string | null>`${sql.ref(`t.${column}`)}::text`.as(column);

/** The columns of a list row (`t` ticket, `s` service, `hpd` handling PD, `a` assignee). */
export const SUMMARY_COLUMNS = [
  't.id',
  't.number',
  't.kind',
  't.title',
  't.status',
  't.priority',
  't.impact',
  't.urgency',
  't.service_id',
  's.name as service_name',
  't.handling_pd_id',
  'hpd.name as handling_pd_name',
  't.tier',
  't.support_line',
  't.assignee_id',
  'a.name as assignee_name',
  't.escalation_level',
  asText('reported_at'),
  asText('response_due_at'),
  asText('resolution_due_at'),
  asNullableText('fulfilment_due_at'),
  asNullableText('first_response_at'),
  asNullableText('resolved_at'),
  asNullableText('closed_at'),
] as const;

export type SummaryRow = {
  id: string;
  number: string;
  kind: 'incident' | 'request' | 'operation';
  title: string;
  status: string;
  priority: string;
  impact: 'mayor' | 'minor';
  urgency: number;
  service_id: string;
  service_name: string;
  handling_pd_id: string;
  handling_pd_name: string;
  tier: number;
  support_line: string;
  assignee_id: string | null;
  assignee_name: string | null;
  escalation_level: number;
  reported_at: At;
  response_due_at: At;
  resolution_due_at: At;
  fulfilment_due_at: At | null;
  first_response_at: At | null;
  resolved_at: At | null;
  closed_at: At | null;
};

/** A timestamp as a list reads it (text, SUMMARY_COLUMNS) or as a ticket's own row holds it. */
type At = Date | string;
const iso = (at: At) => (typeof at === 'string' ? isoFromText(at) : isoTimestamp(at));
const isoOrNull = (at: At | null) => (at === null ? null : iso(at));

export function toSummary(r: SummaryRow): TicketSummary {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    title: r.title,
    status: r.status as TicketSummary['status'],
    priority: r.priority as TicketSummary['priority'],
    impact: r.impact,
    urgency: r.urgency,
    serviceId: r.service_id,
    serviceName: r.service_name,
    handlingPdId: r.handling_pd_id,
    handlingPdName: r.handling_pd_name,
    tier: r.tier,
    supportLine: r.support_line as TicketSummary['supportLine'],
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    escalationLevel: r.escalation_level,
    reportedAt: iso(r.reported_at),
    responseDueAt: iso(r.response_due_at),
    resolutionDueAt: iso(r.resolution_due_at),
    fulfilmentDueAt: isoOrNull(r.fulfilment_due_at),
    firstResponseAt: isoOrNull(r.first_response_at),
    resolvedAt: isoOrNull(r.resolved_at),
    closedAt: isoOrNull(r.closed_at),
  };
}

/**
 * Everything the ticket page shows, in one statement: the row, the names it refers to, its
 * whole timeline (the caller drops internal notes for reporters), attachments and service staff.
 */
/** Values: $1 the Pemda, $2 the ticket. */
const viewTicket = compileOnce((db) =>
  db
    .selectFrom('ticket as t')
    .innerJoin('service as s', 's.id', 't.service_id')
    .innerJoin('perangkat_daerah as hpd', 'hpd.id', 't.handling_pd_id')
    .leftJoin('app_user as a', 'a.id', 't.assignee_id')
    .leftJoin('service_request_type as rt', 'rt.id', 't.request_type_id')
    .leftJoin('perangkat_daerah as rpd', 'rpd.id', 't.reporter_pd_id')
    .selectAll('t')
    .select([
      's.name as service_name',
      's.provider_pd_id',
      's.calendar_id',
      'hpd.name as handling_pd_name',
      'a.name as assignee_name',
      'rt.name as request_type_name',
      'rpd.name as reporter_pd_name',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('record_event as e')
          .select(['e.id', 'e.at', 'e.actor_name', 'e.type', 'e.visibility', 'e.body', 'e.data'])
          .whereRef('e.record_id', '=', 't.id')
          .orderBy('e.id'),
      ).as('events'),
      jsonArrayFrom(
        eb
          .selectFrom('record_attachment as f')
          .select(['f.id', 'f.filename', 'f.content_type', 'f.size_bytes', 'f.created_at'])
          .whereRef('f.record_id', '=', 't.id')
          .orderBy('f.created_at'),
      ).as('attachments'),
      jsonArrayFrom(
        eb
          .selectFrom('service_staff as st')
          .innerJoin('app_user as u', 'u.id', 'st.user_id')
          .select(['st.kind', 'u.name'])
          .whereRef('st.service_id', '=', 't.service_id'),
      ).as('staff'),
    ])
    .where('t.pemda_id', '=', arg<string>(1))
    .where('t.id', '=', arg<string>(2)),
);

export type TicketViewRow = NonNullable<Awaited<ReturnType<TicketRepository['view']>>>;

export class TicketRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The ticket insert, built and not run (for writeTogether); the caller chooses the id. */
  insertWrite(values: Insertable<TicketTable> & { id: string }) {
    return insertRows(this.db, 'ticket', [values]);
  }

  /** The row, locked for this transaction. */
  lock(pemdaId: string, id: string) {
    return this.db.selectFrom('ticket').selectAll().where('pemda_id', '=', pemdaId).where('id', '=', id).forUpdate().executeTakeFirst();
  }

  find(pemdaId: string, id: string) {
    return this.db.selectFrom('ticket').selectAll().where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }

  findByTrackingCode(code: string) {
    return this.db.selectFrom('ticket').selectAll().where('tracking_code', '=', code).executeTakeFirst();
  }

  async update(id: string, version: number, values: Updateable<TicketTable>): Promise<boolean> {
    const r = await this.db
      .updateTable('ticket')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  /** Everything the ticket page shows, in one statement (VIEW_TICKET). */
  async view(pemdaId: string, id: string) {
    return (await viewTicket(this.db, pemdaId, id))[0];
  }

  /** The row and its service's providing PD (for deciding who may see it). */
  findWithProvider(pemdaId: string, id: string) {
    return this.db
      .selectFrom('ticket as t')
      .innerJoin('service as s', 's.id', 't.service_id')
      .selectAll('t')
      .select('s.provider_pd_id')
      .where('t.pemda_id', '=', pemdaId)
      .where('t.id', '=', id)
      .executeTakeFirst();
  }
}
