import { IdParams, PageQuery, Timestamp, pageOf } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema';
import { contextOf } from '../../platform/http/context';
import { withProblems } from '../../platform/http/schema';

const tags = ['notifications'];
const Notification = z.object({
  id: z.uuid(),
  ticketId: z.uuid().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  readAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
const NotificationPage = pageOf(Notification).extend({ unread: z.number().int() });

export function notificationRoutes(db: Kysely<Database>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/notifications',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Notifikasi saya', querystring: PageQuery, response: { 200: NotificationPage } }),
      },
      async (request) => {
        const { actor } = contextOf(request);
        const { page, pageSize } = request.query;
        const mine = db.selectFrom('notification').where('user_id', '=', actor.userId);
        const [rows, counts] = await Promise.all([
          mine
            .selectAll()
            .orderBy('created_at', 'desc')
            .orderBy('id')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
          mine
            .select((eb) => [
              eb.fn.countAll<number>().as('total'),
              eb.fn.countAll<number>().filterWhere('read_at', 'is', null).as('unread'),
            ])
            .executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map((n) => ({
            id: n.id,
            ticketId: n.ticket_id,
            kind: n.kind,
            title: n.title,
            body: n.body,
            readAt: n.read_at?.toISOString() ?? null,
            createdAt: n.created_at.toISOString(),
          })),
          total: Number(counts.total),
          unread: Number(counts.unread),
          page,
          pageSize,
        };
      },
    );
    app.post(
      '/notifications/:id/read',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Tandai sudah dibaca', params: IdParams, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        // Marking one's own notification read is not a business write; it is not audited.
        await db
          .updateTable('notification')
          .set({ read_at: new Date() })
          .where('id', '=', request.params.id)
          .where('user_id', '=', contextOf(request).actor.userId)
          .where('read_at', 'is', null)
          .execute();
        return reply.code(204).send(null);
      },
    );
  };
}
