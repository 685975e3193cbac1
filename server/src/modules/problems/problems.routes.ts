import { IdParams, ProblemAction, ProblemCreate, ProblemPage, ProblemQuery, ProblemRecord } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import type { Db } from '../../platform/db/database';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import type { ProblemService } from './problems.service';

const tags = ['problems'];

export function problemRoutes(problems: ProblemService, db: Db): FastifyPluginAsyncZod {
  return routePlugin((app) => {
    app.get(
      '/problems',
      {
        config: { access: 'problems.read' },
        schema: withProblems({ tags, summary: 'Daftar masalah', querystring: ProblemQuery, response: { 200: ProblemPage } }),
      },
      async (request) => problems.list(contextOf(request), request.query),
    );
    app.post(
      '/problems',
      {
        config: { access: 'problems.manage' },
        schema: withProblems({
          tags,
          summary: 'Catat masalah (proaktif atau dari gangguan)',
          headers: IdempotencyHeaders,
          body: ProblemCreate,
          response: { 201: ProblemRecord },
        }),
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        return createOnce(db, request, reply, (trx) => problems.create(trx, ctx, request.body));
      },
    );
    app.get(
      '/problems/:id',
      {
        config: { access: 'problems.read' },
        schema: withProblems({ tags, summary: 'Detail masalah', params: IdParams, response: { 200: ProblemRecord } }),
      },
      async (request) => problems.get(contextOf(request), request.params.id),
    );
    app.post(
      '/problems/:id/actions',
      {
        config: { access: 'problems.read' },
        schema: withProblems({
          tags,
          summary: 'Jalankan tindakan alur kerja masalah',
          params: IdParams,
          body: ProblemAction,
          response: { 200: ProblemRecord },
        }),
      },
      async (request) => problems.act(contextOf(request), request.params.id, request.body),
    );
  });
}
