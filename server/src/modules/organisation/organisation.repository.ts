import { PEMDA_CODE_MAX, pemdaCodeFrom, type Pemda, type PerangkatDaerah, type PerangkatDaerahQuery } from '@sigap/core';
import type { Kysely, Updateable } from 'kysely';
import type { Database, PemdaRow, PemdaTable, PerangkatDaerahRow, PerangkatDaerahTable } from '../../platform/db/schema';
import { containsPattern } from '../../platform/db/like';

export function toPemda(row: PemdaRow): Pemda {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    timeZone: row.time_zone as Pemda['timeZone'],
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toPerangkatDaerah(row: PerangkatDaerahRow): PerangkatDaerah {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    type: row.type as PerangkatDaerah['type'],
    isDiskominfo: row.is_diskominfo,
    parentId: row.parent_id,
    active: row.active,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

export class PemdaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new Pemda; without a code, the first free one its name suggests ("kota-contoh", then "kota-contoh-2", …). */
  async insert(values: { name: string; kind: PemdaTable['kind']; time_zone: string; code?: string }) {
    const code = values.code ?? (await this.freeCode(pemdaCodeFrom(values.name) || 'pemda'));
    return this.db
      .insertInto('pemda')
      .values({ ...values, code })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async codeTaken(code: string): Promise<boolean> {
    return (await this.db.selectFrom('pemda').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
  }

  private async freeCode(base: string): Promise<string> {
    const stem = base.slice(0, PEMDA_CODE_MAX - 4).replace(/-+$/, '');
    const taken = new Set(
      (
        await this.db
          .selectFrom('pemda')
          .select('code')
          .where((eb) => eb.or([eb('code', '=', base), eb('code', 'like', `${stem}-%`)]))
          .execute()
      ).map((r) => r.code),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }

  find(id: string) {
    return this.db.selectFrom('pemda').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Optimistic update: returns the new row, or undefined when `version` is stale. */
  update(id: string, version: number, values: Updateable<PemdaTable>) {
    return this.db
      .updateTable('pemda')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }
}

export class PerangkatDaerahRepository {
  constructor(private readonly db: Kysely<Database>) {}

  find(pemdaId: string, id: string) {
    return this.db.selectFrom('perangkat_daerah').selectAll().where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }

  async list(pemdaId: string, query: PerangkatDaerahQuery) {
    let base = this.db.selectFrom('perangkat_daerah').where('pemda_id', '=', pemdaId);
    if (query.q) {
      const like = containsPattern(query.q);
      base = base.where((eb) => eb.or([eb('name', 'ilike', like), eb('short_name', 'ilike', like)]));
    }
    if (query.active !== undefined) base = base.where('active', '=', query.active);
    if (query.type) base = base.where('type', '=', query.type);
    const [rows, count] = await Promise.all([
      base
        .selectAll()
        .orderBy('name')
        .orderBy('id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute(),
      base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.n };
  }

  /** Every PD's parent, for cycle checks (a Pemda has at most a few hundred PDs). */
  async parentMap(pemdaId: string): Promise<Map<string, string | null>> {
    const rows = await this.db.selectFrom('perangkat_daerah').select(['id', 'parent_id']).where('pemda_id', '=', pemdaId).execute();
    return new Map(rows.map((r) => [r.id, r.parent_id]));
  }

  insert(values: Omit<PerangkatDaerahTable, 'id' | 'version' | 'created_at' | 'updated_at' | 'active'>) {
    return this.db.insertInto('perangkat_daerah').values(values).returningAll().executeTakeFirstOrThrow();
  }

  update(pemdaId: string, id: string, version: number, values: Updateable<PerangkatDaerahTable>) {
    return this.db
      .updateTable('perangkat_daerah')
      .set({ ...values, version: version + 1, updated_at: new Date() })
      .where('pemda_id', '=', pemdaId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  delete(pemdaId: string, id: string) {
    return this.db.deleteFrom('perangkat_daerah').where('pemda_id', '=', pemdaId).where('id', '=', id).executeTakeFirst();
  }
}
