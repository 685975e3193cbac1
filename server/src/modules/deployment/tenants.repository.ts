import { TimeZone, type PemdaSummary, type PemdaSummaryQuery } from '@sigap/core';
import type { Kysely, Updateable } from 'kysely';
import { containsPattern } from '../../platform/db/like';
import type { Database, PemdaTable } from '../../platform/db/schema';

/**
 * The deployment's Pemda, as its super-administrators see them: identity, status and how many users
 * and PDs each has. Reads no other table of a Pemda and returns none of its rows.
 */
export class TenantRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private summaries() {
    return this.db
      .selectFrom('pemda as p')
      .selectAll('p')
      .select((eb) => [
        eb.selectFrom('app_user as u').select(eb.fn.countAll<number>().as('n')).whereRef('u.pemda_id', '=', 'p.id').as('user_count'),
        eb
          .selectFrom('perangkat_daerah as pd')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('pd.pemda_id', '=', 'p.id')
          .as('pd_count'),
      ]);
  }

  async list(query: PemdaSummaryQuery) {
    let base = this.db.selectFrom('pemda as p');
    if (query.q) {
      const like = containsPattern(query.q);
      base = base.where((eb) => eb.or([eb('p.name', 'ilike', like), eb('p.code', 'ilike', like)]));
    }
    if (query.status) base = base.where('p.status', '=', query.status);
    const ids = base.select('p.id');
    const [rows, count] = await Promise.all([
      this.summaries()
        .where('p.id', 'in', ids)
        .orderBy('p.name')
        .orderBy('p.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toSummary), total: count.n };
  }

  async find(id: string): Promise<PemdaSummary | undefined> {
    const row = await this.summaries().where('p.id', '=', id).executeTakeFirst();
    return row && toSummary(row);
  }

  /** Optimistic update: false when `version` is stale. */
  async update(id: string, version: number, values: Updateable<PemdaTable>): Promise<boolean> {
    const result = await this.db
      .updateTable('pemda')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
}

type SummaryRow = {
  id: string;
  code: string;
  name: string;
  kind: PemdaTable['kind'];
  time_zone: string;
  status: 'active' | 'suspended';
  suspended_at: Date | null;
  suspension_reason: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  user_count: number | string | null;
  pd_count: number | string | null;
};

function toSummary(row: SummaryRow): PemdaSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    timeZone: TimeZone.parse(row.time_zone),
    status: row.status,
    suspendedAt: row.suspended_at?.toISOString() ?? null,
    suspensionReason: row.suspension_reason,
    userCount: Number(row.user_count ?? 0),
    perangkatDaerahCount: Number(row.pd_count ?? 0),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
