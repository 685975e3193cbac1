import type { TicketSummary } from '@sigap/core';
import { type Kysely, sql } from 'kysely';
import { compileOnceNamed } from '../../platform/db/compile-once';
import type { Database } from '../../platform/db/schema';
import { type FilterValue, filterConditions, filterValues, pageRows, setFilters, type ListFilters } from './ticket-page-rows';
export type { ListFilters };
import { type SummaryRow, toSummary } from './tickets.repository';

/**
 * Whose tickets a list holds. One desk reads its queue index in order; several desks are
 * merged and sorted; `pemda` is every desk (administrators); `reported` and `mine` are the
 * reporter's and the assignee's own lists.
 */
export type ListAccess =
  | { kind: 'desk'; deskId: string }
  | { kind: 'desks'; deskIds: string[] }
  | { kind: 'pemda' }
  | { kind: 'reported'; userId: string }
  | { kind: 'mine'; userId: string };

/** The open queue is sorted by the nearest due time; everything else newest first. */
export type ListOrder = 'due' | 'newest';

type Value = 'pemda' | 'who' | 'status' | 'kind' | 'priority' | 'desk' | 'tier' | 'line' | 'assignee' | 'cap' | 'offset' | 'size';

/**
 * A page of a list and its total in one statement: the ids of the first `cap` matching
 * tickets are read once, in order, from the list's index (the count stops there and says
 * "at least"), and only the page's rows are joined to their display names. Each shape (whose
 * list, in which order, with which filters set) is built and compiled once, when first asked for.
 */
function buildPage(access: ListAccess['kind'], order: ListOrder, filters: readonly FilterValue[], byDesk: boolean) {
  return compileOnceNamed<SummaryRow & { total: number }, Value>((db, value) => {
    const key = order === 'due' ? 't.resolution_due_at' : 't.reported_at';
    const query = db
      .with(
        (wb) => wb('f').materialized(),
        (qb) => {
          let q = qb
            .selectFrom('ticket as t')
            .select(['t.id', sql<Date>`${sql.ref(key)}`.as('k')])
            .where('t.pemda_id', '=', value<string>('pemda', 'uuid'));
          if (access === 'desk') q = q.where('t.handling_pd_id', '=', value<string>('who', 'uuid'));
          else if (access === 'desks') q = q.where(sql<boolean>`t.handling_pd_id = ANY(${value('who', 'uuid[]')})`);
          else if (access === 'reported') q = q.where('t.reporter_user_id', '=', value<string>('who', 'uuid'));
          else if (access === 'mine') q = q.where('t.assignee_id', '=', value<string>('who', 'uuid'));
          if (order === 'due') q = q.where('t.closed_at', 'is', null);
          if (byDesk) q = q.where('t.handling_pd_id', '=', value<string>('desk', 'uuid'));
          if (filters.length > 0) q = q.where(filterConditions(value, 't', filters));
          q = order === 'due' ? q.orderBy('t.resolution_due_at').orderBy('t.id') : q.orderBy('t.reported_at', 'desc').orderBy('t.id');
          return q.limit(value<number>('cap', 'int'));
        },
      )
      .with('p', (qb) => {
        const q = qb.selectFrom('f').select(['f.id', 'f.k']);
        return (order === 'due' ? q.orderBy('f.k').orderBy('f.id') : q.orderBy('f.k', 'desc').orderBy('f.id'))
          .offset(value<number>('offset', 'int'))
          .limit(value<number>('size', 'int'));
      });
    return pageRows(query, order === 'due' ? 'asc' : 'desc').select(sql<number>`(SELECT count(*) FROM f)`.as('total'));
  });
}

const shapes = new Map<string, ReturnType<typeof buildPage>>();

/** The rows of one page and the capped count of the list, read together. */
export async function readListPage(
  db: Kysely<Database>,
  pemdaId: string,
  access: ListAccess,
  order: ListOrder,
  filters: ListFilters,
  page: { offset: number; size: number; cap: number },
): Promise<{ items: TicketSummary[]; counted: number | null }> {
  const values = filterValues(filters);
  const set = setFilters(values);
  const byDesk = filters.deskId !== null;
  const shape = `${access.kind}:${order}:${set.join(',')}:${byDesk ? 'desk' : ''}`;
  let run = shapes.get(shape);
  if (!run) shapes.set(shape, (run = buildPage(access.kind, order, set, byDesk)));
  const who =
    access.kind === 'desk' ? access.deskId : access.kind === 'desks' ? access.deskIds : access.kind === 'pemda' ? null : access.userId;
  const rows = await run(db, {
    pemda: pemdaId,
    who,
    ...values,
    desk: filters.deskId,
    cap: page.cap,
    offset: page.offset,
    size: page.size,
  });
  // A page past the end has no rows to carry the count: the caller counts separately.
  return { items: rows.map(toSummary), counted: rows[0]?.total ?? null };
}
