import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

export class NotificationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A user's notices, newest first, with the record each is about and the Pemda's zone. */
  async page(userId: string, page: number, pageSize: number) {
    const mine = this.db.selectFrom('notification').where('user_id', '=', userId);
    const [rows, counts] = await Promise.all([
      this.db
        .selectFrom('notification as n')
        .innerJoin('pemda as p', 'p.id', 'n.pemda_id')
        .leftJoin('record as r', 'r.id', 'n.record_id')
        .select(['n.id', 'n.record_id', 'r.kind as record_kind', 'n.code', 'n.params', 'n.read_at', 'n.created_at', 'p.time_zone'])
        .where('n.user_id', '=', userId)
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      mine
        .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.countAll<number>().filterWhere('read_at', 'is', null).as('unread')])
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: counts.total, unread: counts.unread };
  }

  /** Marks every unread notice of the user read. */
  async markAllRead(userId: string): Promise<void> {
    await this.db
      .updateTable('notification')
      .set({ read_at: new Date() })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .execute();
  }

  /** Marks one of the user's notices read (again is fine); false when the user has no such notice. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const row = await this.db
      .updateTable('notification')
      .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(new Date())) }))
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }
}
