import { type QueryCreator, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { ListFilters } from './ticket-pages.repository';
import { SUMMARY_COLUMNS } from './tickets.repository';

/** The optional filters every list and search takes; a NULL value leaves its column free. */
type FilterValue = 'status' | 'kind' | 'priority' | 'tier' | 'line' | 'assignee';

const FILTERS: readonly (readonly [column: string, name: FilterValue, cast: string])[] = [
  ['status', 'status', 'text'],
  ['kind', 'kind', 'text'],
  ['priority', 'priority', 'text'],
  ['tier', 'tier', 'int'],
  ['support_line', 'line', 'text'],
  ['assignee_id', 'assignee', 'uuid'],
];

/** The values of the optional filters, by the names the statements use. */
export function filterValues(filters: Omit<ListFilters, 'deskId'>): Record<FilterValue, string | number | null> {
  return { status: filters.status, kind: filters.kind, priority: filters.priority, tier: filters.tier, line: filters.supportLine, assignee: filters.assigneeId };
}

type Value<N extends string> = <T>(name: N, cast?: string) => RawBuilder<T>;

/** `value IS NULL OR column = value`, so one prepared statement serves a filter set or not. */
export function optionalEquals<N extends string>(value: Value<N>, column: string, name: N, cast: string): RawBuilder<boolean> {
  return sql<boolean>`(${value(name, cast)} IS NULL OR ${sql.ref(column)} = ${value(name, cast)})`;
}

/** Every optional filter on the rows of `alias`, as one condition. */
export function optionalFilters<N extends string>(value: Value<N | FilterValue>, alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.join(
    FILTERS.map(([column, name, cast]) => optionalEquals(value, `${alias}.${column}`, name, cast)),
    sql` AND `,
  )}`;
}

/** A page's keys: the ticket and the value it is sorted by. */
export type PageKeys = { p: { id: string; k: Date } };

/** The tickets named by the page CTE `p`, joined to the names a list shows, in the page's order. */
export function pageRows<DB extends Database & PageKeys>(qc: QueryCreator<DB>, direction: 'asc' | 'desc') {
  // QueryCreator is invariant in its tables; the callers' other CTEs are simply not read here.
  return (qc as unknown as QueryCreator<Database & PageKeys>)
    .selectFrom('p')
    .innerJoin('ticket as t', 't.id', 'p.id')
    .innerJoin('service as s', 's.id', 't.service_id')
    .innerJoin('perangkat_daerah as hpd', 'hpd.id', 't.handling_pd_id')
    .leftJoin('app_user as a', 'a.id', 't.assignee_id')
    .select(SUMMARY_COLUMNS)
    .orderBy('p.k', direction)
    .orderBy('p.id');
}
