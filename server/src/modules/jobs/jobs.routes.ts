import { JobList, JobNameParams, JobRunPage, JobRunQuery } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { routePlugin } from '../../platform/http/route-plugin';
import { contextOf } from '../../platform/http/context';
import { withProblems } from '../../platform/http/schema';
import { type JobCatalog, JobsService } from './jobs.service';

const tags = ['jobs'];

/** The background jobs and their run history, for the Pemda's administrators. */
export function jobRoutes(db: Db, catalog: JobCatalog): FastifyPluginAsyncZod {
  const service = new JobsService(db, catalog);
  return routePlugin((app) => {
    app.get(
      '/jobs',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({ tags, summary: 'Pekerjaan latar: jadwal, jalan terakhir, jalan berikutnya', response: { 200: JobList } }),
      },
      async (request) => service.list(contextOf(request)),
    );

    app.get(
      '/jobs/:name/runs',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({
          tags,
          summary: 'Riwayat jalan satu pekerjaan latar (terbaru dulu)',
          params: JobNameParams,
          querystring: JobRunQuery,
          response: { 200: JobRunPage },
        }),
      },
      async (request) => service.runs(contextOf(request), request.params.name, request.query),
    );
  });
}
