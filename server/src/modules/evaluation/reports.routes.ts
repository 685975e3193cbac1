import { ServiceTargetQuery, ServiceTargetReport } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { ReportService } from './reports.service';

export function reportRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new ReportService(db);
  return routePlugin((app) => {
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
      async (request) => service.serviceTargets(contextOf(request), request.query.year),
    );
  });
}
