import type { TicketSummary } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import { compileOnceNamed } from '../../platform/db/compile-once';
import type { Database } from '../../platform/db/schema';
import type { ListFilters } from './ticket-pages.repository';
import { type FilterValue, filterConditions, filterValues, pageRows, setFilters } from './ticket-page-rows';
import { type SummaryRow, toSummary } from './tickets.repository';

/** A desk's queue, or every desk of the Pemda (administrators). */
export type SearchAccess = { kind: 'desk'; deskId: string } | { kind: 'pemda' };

type Value =
  'pemda' | 'desk' | 'text' | 'scope' | 'rows' | 'wanted' | 'offset' | 'status' | 'kind' | 'priority' | 'tier' | 'line' | 'assignee';
type Step = 'recent' | 'indexed';

const summaries = (rows: SummaryRow[]): TicketSummary[] => rows.map(toSummary);

/**
 * The two steps of a newest-first search in the queue (ADR 0004), each built and compiled once
 * per access and set of filters so PostgreSQL plans them once:
 * - `recent`: the newest `rows` tickets of the desk, read in order from its index, and the
 *   words matched against each (a common word finds a page there);
 * - `indexed`: the inverted index asked for the words AND the scope's lexemes (the desk's
 *   recent months, or the desk itself), then sorted. The match is computed first and on its
 *   own, so the plan cannot trade the inverted index for a walk of the whole desk.
 * The words are parsed once per statement, and a query of stop words alone matches nothing.
 */
function buildStep(access: SearchAccess['kind'], step: Step, filters: readonly FilterValue[]) {
  return compileOnceNamed<SummaryRow, Value>((db, value) => {
    const words = sql`websearch_to_tsquery('indonesian', ${value('text', 'text')})`;
    // Without it, an empty query (stop words alone) AND-ed with the scope would match the scope.
    const hasWords = sql<boolean>`(SELECT numnode(${words}) > 0)`;
    const query = db
      .with(
        // The recent rows stay inlined, so the page stops reading as soon as it is full.
        (wb) => (step === 'indexed' ? wb('m').materialized() : wb('m').notMaterialized()),
        (qb) => {
          let q = qb
            .selectFrom('ticket as t')
            .select([
              't.id',
              't.reported_at',
              't.pemda_id',
              't.handling_pd_id',
              't.status',
              't.kind',
              't.priority',
              't.tier',
              't.support_line',
              't.assignee_id',
            ])
            // The words are matched here by the inverted index, or afterwards on the vectors read.
            .select(step === 'recent' ? 't.search' : sql<null>`null`.as('search'));
          // The scope's lexemes already name the Pemda or desk; a condition on their columns here
          // would let the plan AND the whole Pemda's index into the match (100 ms at 1M tickets).
          if (step === 'indexed')
            return q.where(hasWords).where(sql<boolean>`t.search @@ (SELECT ${words} && ${value('scope', 'tsquery')})`);
          q = q.where('t.pemda_id', '=', value<string>('pemda', 'uuid'));
          if (access === 'desk') q = q.where('t.handling_pd_id', '=', value<string>('desk', 'uuid'));
          return q.orderBy('t.reported_at', 'desc').orderBy('t.id').limit(value<number>('rows', 'int'));
        },
      )
      .with('p', (qb) => {
        let q = qb.selectFrom('m').select(['m.id', 'm.reported_at as k']).where('m.pemda_id', '=', value<string>('pemda', 'uuid'));
        if (step === 'recent') q = q.where(hasWords).where(sql<boolean>`m.search @@ (SELECT ${words})`);
        if (access === 'desk') q = q.where('m.handling_pd_id', '=', value<string>('desk', 'uuid'));
        if (filters.length > 0) q = q.where(filterConditions(value, 'm', filters));
        return q
          .orderBy('m.reported_at', 'desc')
          .orderBy('m.id')
          .limit(value<number>('wanted', 'int'))
          .offset(value<number>('offset', 'int'));
      });
    return pageRows(query, 'desc');
  });
}

const steps = new Map<string, ReturnType<typeof buildStep>>();
function stepOf(access: SearchAccess['kind'], step: Step, filters: readonly FilterValue[]) {
  const key = `${access}:${step}:${filters.join(',')}`;
  let run = steps.get(key);
  if (!run) steps.set(key, (run = buildStep(access, step, filters)));
  return run;
}

type Common = { pemdaId: string; access: SearchAccess; text: string; filters: Omit<ListFilters, 'deskId'>; wanted: number; offset: number };

function valuesOf(c: Common) {
  const filters = filterValues(c.filters);
  return {
    pemda: c.pemdaId,
    desk: c.access.kind === 'desk' ? c.access.deskId : null,
    text: c.text,
    wanted: c.wanted,
    offset: c.offset,
    ...filters,
  };
}

/** Matches among the newest `rows` tickets of the scope, newest first. */
export async function searchRecent(db: Kysely<Database>, c: Common, rows: number): Promise<TicketSummary[]> {
  const values = valuesOf(c);
  return summaries(await stepOf(c.access.kind, 'recent', setFilters(values))(db, { ...values, rows, scope: null }));
}

/** Matches whose scope lexemes meet `scope` (tsquery text), newest first. */
export async function searchIndexed(db: Kysely<Database>, c: Common, scope: string): Promise<TicketSummary[]> {
  const values = valuesOf(c);
  return summaries(await stepOf(c.access.kind, 'indexed', setFilters(values))(db, { ...values, rows: null, scope }));
}
