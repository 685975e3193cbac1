import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { sopDb } from './sop.tables';

/** The Pemda's stored SOP time standards (Kysely only). */
export class SopRepository {
  private readonly db;
  constructor(db: Kysely<Database>) {
    this.db = sopDb(db);
  }

  find(pemdaId: string) {
    return this.db.selectFrom('sop_setting').selectAll().where('pemda_id', '=', pemdaId).executeTakeFirst();
  }

  /** The first change: null when another request stored one first. */
  insert(pemdaId: string, standards: string, userId: string | null) {
    return this.db
      .insertInto('sop_setting')
      .values({ pemda_id: pemdaId, standards, updated_by: userId })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** A later change, if nobody changed it since `version`. */
  update(pemdaId: string, version: number, standards: string, userId: string | null) {
    return this.db
      .updateTable('sop_setting')
      .set({ standards, version: version + 1, updated_at: new Date(), updated_by: userId })
      .where('pemda_id', '=', pemdaId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }
}
