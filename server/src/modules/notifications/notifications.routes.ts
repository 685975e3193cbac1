import { IdParams, PageQuery, RecordKind, Timestamp, pageOf } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { routePlugin } from '../../platform/http/route-plugin';
import { contextOf, readerLanguage } from '../../platform/http/context';
import { withProblems } from '../../platform/http/schema';
import { NotificationService } from './notifications.service';

const tags = ['notifications'];
const Notification = z.object({
  id: z.uuid(),
  recordId: z.uuid().nullable(),
  recordKind: RecordKind.nullable(),
  code: z.string(),
  title: z.string(),
  body: z.string(),
  readAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
const NotificationPage = pageOf(Notification).extend({ unread: z.number().int() });

export function notificationRoutes(db: Db): FastifyPluginAsyncZod {
  const notifications = new NotificationService(db);
  return routePlugin((app) => {
    app.get(
      '/notifications',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Notifikasi saya', querystring: PageQuery, response: { 200: NotificationPage } }),
      },
      async (request) => {
        const { page, pageSize } = request.query;
        return notifications.page(contextOf(request).actor.userId, readerLanguage(request), page, pageSize);
      },
    );
    app.post(
      '/notifications/:id/read',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Tandai sudah dibaca', params: IdParams, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await notifications.markRead(contextOf(request).actor.userId, request.params.id);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/notifications/read-all',
      { config: { access: 'session' }, schema: withProblems({ tags, summary: 'Tandai semua sudah dibaca', response: { 204: z.null() } }) },
      async (request, reply) => {
        await notifications.markRead(contextOf(request).actor.userId, null);
        return reply.code(204).send(null);
      },
    );
  });
}
