import { type Kysely, sql } from 'kysely';

const key = (column: string) => sql.raw(`replace(${column}::text, '-', '')`);
const month = sql.raw(
  `(extract(year from reported_at AT TIME ZONE 'UTC') * 100 + extract(month from reported_at AT TIME ZONE 'UTC'))::int::text`,
);

/**
 * Search "newest matches first" without reading every match. Besides its words, each ticket's
 * search vector holds four scope lexemes: its Pemda, its desk, and each of those with the
 * month it was reported (p…, d…, p…m202611, d…m202611). A search asks the inverted index for
 * the words AND the desk's recent months first, which yields a page from a few hundred rows;
 * only when those months hold too few matches does it widen (tickets.list). Before, a common
 * word made PostgreSQL fetch and sort every match (7k rows, ~40 ms per search at 1M tickets).
 * The lexemes hold only letters and digits, so no search words can produce them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE ticket DROP COLUMN search`.execute(db);
  await sql`ALTER TABLE ticket ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian', coalesce(number, '') || ' ' || title), 'A') ||
    setweight(to_tsvector('indonesian', description), 'B') ||
    array_to_tsvector(ARRAY[
      'p' || ${key('pemda_id')}, 'd' || ${key('handling_pd_id')},
      'p' || ${key('pemda_id')} || 'm' || ${month}, 'd' || ${key('handling_pd_id')} || 'm' || ${month}
    ])
  ) STORED`.execute(db);
  await sql`CREATE INDEX ticket_search_idx ON ticket USING gin (search)`.execute(db);
}
