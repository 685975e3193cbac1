import type { PermissionScope, TicketQuery, TicketSummary } from '@sigap/core';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { CUSTOM_PLAN } from '../../platform/db/engine';
import type { Database } from '../../platform/db/schema';
import { type ListAccess, type ListFilters, readListPage } from './ticket-pages.repository';
import { type SearchAccess, searchIndexed, searchRecent } from './ticket-search.repository';
import { SUMMARY_COLUMNS, toSummary } from './tickets.repository';

type Filtered = SelectQueryBuilder<Database & { t: Database['ticket'] }, 't', object>;
type Page = { items: TicketSummary[]; total: number; totalCapped: boolean };

/**
 * Beyond this many rows past the page, a list says "at least" instead of counting on: eight
 * pages of 25 ahead is as far as anyone pages a queue (they filter instead), and at 1M tickets
 * counting 500 ahead cost the queue a third of its database time.
 */
const COUNT_AHEAD = 200;
/**
 * How many of the newest rows a text search reads before it asks the inverted index. Reading
 * 800 rows costs about a third of one inverted-index probe of common words (~1.5 ms against
 * ~5 ms at 1M tickets), and finds a page for words in 1 of 30 tickets; at 1M tickets 400 and
 * 3,000 rows both served fewer searches a second than 800.
 */
const RECENT_ROWS = 800;
/** How many recent months it then asks for before it widens to all time. */
const SEARCH_WINDOWS_MONTHS = [1, 3, 12];
const TICKET_NUMBER = /^(INC|REQ)-\d{4}-\d{1,9}$/i;

/** Queues, "my tickets" and searches: one page at a time, with the display names joined last. */
export class TicketListRepository {
  constructor(
    private readonly db: Kysely<Database>,
    /** How many of the newest rows a search reads first (tests set 0 to reach the inverted index). */
    private readonly recentRows = RECENT_ROWS,
  ) {}

  async list(pemdaId: string, query: TicketQuery, scope: PermissionScope, userId: string): Promise<Page> {
    // The query builder is made only for the paths that build per call: the compiled list page
    // and queue search need none, and making one cost 1.5 % of a queue request.
    const filtered = () => this.filtered(pemdaId, query, scope, userId);
    if (!seesAny(query, scope)) return { items: [], total: 0, totalCapped: false };
    const offset = (query.page - 1) * query.pageSize;
    const byDue = query.status === 'open';
    const text = query.q;
    if (text && TICKET_NUMBER.test(text))
      return this.page(filtered().where('t.number', '=', text.toUpperCase()), byDue, query.pageSize, offset);
    if (!text) return this.listPage(filtered, pemdaId, query, scope, userId);
    const access = byDue ? null : accessOf(query, scope, userId);
    if (access?.kind === 'desk' || access?.kind === 'pemda') return this.searchQueue(pemdaId, access, text, query, offset);
    const desks = query.perangkatDaerahId
      ? [query.perangkatDaerahId]
      : scope === 'all' || scope === 'none'
        ? null
        : scope.perangkatDaerahIds;
    return this.search(filtered(), text, query.scope === 'queue' ? searchScopeKeys(pemdaId, desks) : null, byDue, query.pageSize, offset);
  }

  /**
   * Words in one desk's queue (or the whole Pemda's), newest first, with statements planned
   * once: the newest rows first, then the inverted index within the last month, 3 and 12
   * months, then all time (ADR 0004). Fetches one row more than the page: "at least" totals.
   */
  private async searchQueue(pemdaId: string, access: SearchAccess, text: string, query: TicketQuery, offset: number): Promise<Page> {
    const wanted = query.pageSize + 1;
    const c = { pemdaId, access, text, wanted, offset, filters: filtersOf(query) };
    let found = await searchRecent(this.db, c, this.recentRows);
    const keys = searchScopeKeys(pemdaId, access.kind === 'desk' ? [access.deskId] : null);
    for (const months of [...SEARCH_WINDOWS_MONTHS, null]) {
      if (found.length === wanted) break;
      found = await searchIndexed(
        this.db,
        c,
        tsqueryOf(months === null ? keys : keys.flatMap((k) => recentMonths(months).map((m) => `${k}m${m}`))),
      );
    }
    return { items: found.slice(0, query.pageSize), total: offset + found.length, totalCapped: found.length === wanted };
  }

  /** A page of text-search results, newest first (or by due time in the open queue); "at least" totals. */
  private async search(
    filtered: Filtered,
    text: string,
    scopeKeys: string[] | null,
    byDue: boolean,
    pageSize: number,
    offset: number,
  ): Promise<Page> {
    const wanted = pageSize + 1;
    // Left to the planner, which weighs how common the words are.
    const words = sql`${sql.raw(CUSTOM_PLAN)} websearch_to_tsquery('indonesian', ${text})`;
    const hasWords = sql<boolean>`numnode(${words}) > 0`;
    if (!byDue) {
      // Newest first. A common word has a page of matches among the newest rows, and reading
      // those costs a small, bounded amount (~3 µs a row).
      const recent = filtered
        .select(['t.id', 't.reported_at', 't.search'])
        .orderBy('t.reported_at', 'desc')
        .orderBy('t.id')
        .limit(RECENT_ROWS);
      const hits = this.db
        .selectFrom(recent.as('t'))
        .select(['t.id', 't.reported_at'])
        .where(hasWords)
        .where(sql<boolean>`t.search @@ ${words}`)
        .orderBy('t.reported_at', 'desc')
        .orderBy('t.id')
        .limit(wanted)
        .offset(offset);
      const found = await this.summariesOf(hits, false);
      if (found.length === wanted) return { items: found.slice(0, pageSize), total: offset + found.length, totalCapped: true };
    }
    // Otherwise ask the inverted index for the words within the scope's recent months, widening
    // only when those hold too few matches (ADR 0004). The open queue is sorted by due time,
    // so it asks for all months at once.
    const windows = byDue || !scopeKeys ? [null] : [...SEARCH_WINDOWS_MONTHS, null];
    let found: TicketSummary[] = [];
    for (const months of windows) {
      const scopeQuery = scopeKeys
        ? tsqueryOf(months === null ? scopeKeys : scopeKeys.flatMap((k) => recentMonths(months).map((m) => `${k}m${m}`)))
        : null;
      const matches = sql<boolean>`${hasWords} AND t.search @@ ${scopeQuery ? sql`(${words} && ${scopeQuery}::tsquery)` : words}`;
      // Counting every match of a common word costs more than the page: fetch one row more
      // instead, and report "at least" this many.
      const ids = ordered(filtered.where(matches).select(['t.id', 't.reported_at', 't.resolution_due_at']), byDue)
        .limit(wanted)
        .offset(offset);
      found = await this.summariesOf(ids, byDue);
      if (found.length === wanted) break;
    }
    return { items: found.slice(0, pageSize), total: offset + found.length, totalCapped: found.length === wanted };
  }

  /** A list without words: one compiled statement reads the page and counts on to COUNT_AHEAD past it. */
  private async listPage(
    filtered: () => Filtered,
    pemdaId: string,
    query: TicketQuery,
    scope: PermissionScope,
    userId: string,
  ): Promise<Page> {
    const access = accessOf(query, scope, userId);
    if (!access) return { items: [], total: 0, totalCapped: false };
    const offset = (query.page - 1) * query.pageSize;
    const cap = offset + query.pageSize + COUNT_AHEAD;
    const filters: ListFilters = { ...filtersOf(query), deskId: query.scope === 'queue' ? null : (query.perangkatDaerahId ?? null) };
    const { items, counted } = await readListPage(this.db, pemdaId, access, query.status === 'open' ? 'due' : 'newest', filters, {
      offset,
      size: query.pageSize,
      cap: cap + 1,
    });
    const n = counted ?? (offset === 0 ? 0 : await this.count(filtered(), cap));
    return { items, total: Math.min(n, cap), totalCapped: n > cap };
  }

  private async count(filtered: Filtered, cap: number): Promise<number> {
    const row = await this.db
      .selectFrom(
        filtered
          .select('t.id')
          .limit(cap + 1)
          .as('c'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return row.n;
  }

  /** A page and its total; the count stops COUNT_AHEAD rows past the page ("at least"). */
  private async page(filtered: Filtered, byDue: boolean, pageSize: number, offset: number): Promise<Page> {
    const cap = offset + pageSize + COUNT_AHEAD;
    const [items, count] = await Promise.all([
      this.summariesOf(
        ordered(filtered.select(['t.id', 't.reported_at', 't.resolution_due_at']), byDue)
          .limit(pageSize)
          .offset(offset),
        byDue,
      ),
      this.db
        .selectFrom(
          filtered
            .select('t.id')
            .limit(cap + 1)
            .as('c'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    const n = count.n;
    return { items, total: Math.min(n, cap), totalCapped: n > cap };
  }

  /** The display rows of a page of ids, in the page's order: joins run on the page alone. */
  private async summariesOf(
    ids: SelectQueryBuilder<Database & { t: Database['ticket'] }, 't', { id: string }>,
    byDue: boolean,
  ): Promise<TicketSummary[]> {
    const q = this.db
      .selectFrom(ids.as('p'))
      .innerJoin('ticket as t', 't.id', 'p.id')
      .innerJoin('service as s', 's.id', 't.service_id')
      .innerJoin('perangkat_daerah as hpd', 'hpd.id', 't.handling_pd_id')
      .leftJoin('app_user as a', 'a.id', 't.assignee_id')
      .select(SUMMARY_COLUMNS);
    const rows = await (
      byDue ? q.orderBy('t.resolution_due_at').orderBy('t.id') : q.orderBy('t.reported_at', 'desc').orderBy('t.id')
    ).execute();
    return rows.map(toSummary);
  }

  /** The tickets a query selects, before any display joins (seesAny first: the scope allows some). */
  private filtered(pemdaId: string, query: TicketQuery, scope: PermissionScope, userId: string): Filtered {
    let q = this.db.selectFrom('ticket as t').where('t.pemda_id', '=', pemdaId);
    if (query.scope === 'reported') q = q.where('t.reporter_user_id', '=', userId);
    else if (query.scope === 'mine') q = q.where('t.assignee_id', '=', userId);
    else if (scope !== 'all') {
      const desks = scope === 'none' ? [] : scope.perangkatDaerahIds;
      q = desks.length > 0 ? q.where('t.handling_pd_id', 'in', desks) : q.where(sql<boolean>`false`);
    }
    if (query.status === 'open') q = q.where('t.closed_at', 'is', null);
    else if (query.status !== 'all') q = q.where('t.status', '=', query.status);
    if (query.kind) q = q.where('t.kind', '=', query.kind);
    if (query.priority) q = q.where('t.priority', '=', query.priority);
    if (query.perangkatDaerahId) q = q.where('t.handling_pd_id', '=', query.perangkatDaerahId);
    if (query.tier) q = q.where('t.tier', '=', query.tier);
    if (query.supportLine) q = q.where('t.support_line', '=', query.supportLine);
    if (query.assigneeId) q = q.where('t.assignee_id', '=', query.assigneeId);
    return q;
  }
}

/** The optional filters of a list, as its compiled statements take them. */
function filtersOf(query: TicketQuery): Omit<ListFilters, 'deskId'> {
  return {
    status: query.status === 'open' || query.status === 'all' ? null : query.status,
    kind: query.kind ?? null,
    priority: query.priority ?? null,
    tier: query.tier ?? null,
    supportLine: query.supportLine ?? null,
    assigneeId: query.assigneeId ?? null,
  };
}

/** Whether the caller's scope lets a list hold any ticket: their own lists, or desks they handle. */
function seesAny(query: TicketQuery, scope: PermissionScope): boolean {
  if (query.scope === 'reported' || query.scope === 'mine' || scope === 'all') return true;
  return scope !== 'none' && scope.perangkatDaerahIds.length > 0;
}

/** Whose tickets a list holds; null when the caller's desks exclude the one asked for. */
function accessOf(query: TicketQuery, scope: PermissionScope, userId: string): ListAccess | null {
  if (query.scope === 'reported') return { kind: 'reported', userId };
  if (query.scope === 'mine') return { kind: 'mine', userId };
  const desk = query.perangkatDaerahId;
  if (scope === 'all') return desk ? { kind: 'desk', deskId: desk } : { kind: 'pemda' };
  if (scope === 'none') return null;
  if (desk) return scope.perangkatDaerahIds.includes(desk) ? { kind: 'desk', deskId: desk } : null;
  const [only, ...more] = scope.perangkatDaerahIds;
  if (!only) return null;
  return more.length === 0 ? { kind: 'desk', deskId: only } : { kind: 'desks', deskIds: scope.perangkatDaerahIds };
}

/** The open queue is sorted by the nearest due time; everything else newest first. */
function ordered<O>(q: SelectQueryBuilder<Database & { t: Database['ticket'] }, 't', O>, byDue: boolean) {
  return byDue ? q.orderBy('t.resolution_due_at').orderBy('t.id') : q.orderBy('t.reported_at', 'desc').orderBy('t.id');
}

/** The scope lexemes of migration 0009: a Pemda's (p…) or its desks' (d…). */
function searchScopeKeys(pemdaId: string, deskIds: string[] | null): string[] {
  const hex = (id: string) => id.toLowerCase().replaceAll('-', '');
  return deskIds ? deskIds.map((d) => `d${hex(d)}`) : [`p${hex(pemdaId)}`];
}

/** This month and the ones before it, as yyyymm in UTC (the lexemes' month). */
function recentMonths(count: number, now = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return String(d.getUTCFullYear() * 100 + d.getUTCMonth() + 1);
  });
}

/** Lexemes of letters and digits only, OR-ed into tsquery text. */
function tsqueryOf(lexemes: string[]): string {
  return lexemes.map((l) => `'${l}'`).join(' | ');
}
