import { ServiceTargetQuery, ServiceTargetReport, ZONE_OFFSET_MINUTES } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';
import { contextOf } from '../../platform/http/context';
import { withProblems } from '../../platform/http/schema';
import { serviceTargetsOfYear } from './reports.repository';

export function reportRoutes(db: Kysely<Database>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reports/service-targets',
      {
        config: { access: 'reports.read' },
        schema: withProblems({
          tags: ['evaluation'],
          summary: 'Capaian target per layanan dalam satu tahun',
          querystring: ServiceTargetQuery,
          response: { 200: ServiceTargetReport },
        }),
      },
      async (request) => {
        const ctx = contextOf(request);
        const pemda = await db.selectFrom('pemda').select('time_zone').where('id', '=', ctx.actor.pemdaId).executeTakeFirstOrThrow();
        const offset = ZONE_OFFSET_MINUTES[pemda.time_zone as keyof typeof ZONE_OFFSET_MINUTES] ?? 420;
        return { year: request.query.year, rows: await serviceTargetsOfYear(db, ctx.actor.pemdaId, request.query.year, offset, ctx.scope) };
      },
    );
  };
}
