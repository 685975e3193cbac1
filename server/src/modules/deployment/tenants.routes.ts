import {
  IdParams,
  PemdaProvision,
  PemdaReactivate,
  PemdaRename,
  PemdaSummary,
  PemdaSummaryPage,
  PemdaSummaryQuery,
  PemdaSuspend,
} from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { operatorContextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { TenantService } from './tenants.service';

const tags = ['deployment'];
const access = 'tenants.manage';

/** The deployment's Pemda, for its super-administrators (never any Pemda's data). */
export function tenantRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new TenantService(db);
  return routePlugin((app) => {
    app.get(
      '/deployment/pemda',
      {
        config: { access },
        schema: withProblems({
          tags,
          summary: 'Daftar Pemda di penyelenggaraan ini',
          querystring: PemdaSummaryQuery,
          response: { 200: PemdaSummaryPage },
        }),
      },
      async (request) => service.list(request.query),
    );

    app.post(
      '/deployment/pemda',
      {
        config: { access },
        schema: withProblems({
          tags,
          summary: 'Buat Pemda beserta Diskominfo, administrator pertama dan kalender kerjanya',
          body: PemdaProvision,
          response: { 201: PemdaSummary },
        }),
      },
      async (request, reply) => reply.code(201).send(await service.create(operatorContextOf(request), request.body)),
    );

    app.get(
      '/deployment/pemda/:id',
      { config: { access }, schema: withProblems({ tags, summary: 'Satu Pemda', params: IdParams, response: { 200: PemdaSummary } }) },
      async (request) => service.get(request.params.id),
    );

    app.put(
      '/deployment/pemda/:id',
      {
        config: { access },
        schema: withProblems({
          tags,
          summary: 'Ubah nama, jenis dan zona waktu Pemda',
          params: IdParams,
          body: PemdaRename,
          response: { 200: PemdaSummary },
        }),
      },
      async (request) => service.update(operatorContextOf(request), request.params.id, request.body),
    );

    app.post(
      '/deployment/pemda/:id/suspend',
      {
        config: { access },
        schema: withProblems({
          tags,
          summary: 'Tangguhkan Pemda: penggunanya tidak dapat masuk dan portal publiknya tidak menerima aduan baru',
          params: IdParams,
          body: PemdaSuspend,
          response: { 200: PemdaSummary },
        }),
      },
      async (request) => service.suspend(operatorContextOf(request), request.params.id, request.body),
    );

    app.post(
      '/deployment/pemda/:id/reactivate',
      {
        config: { access },
        schema: withProblems({
          tags,
          summary: 'Aktifkan kembali Pemda',
          params: IdParams,
          body: PemdaReactivate,
          response: { 200: PemdaSummary },
        }),
      },
      async (request) => service.reactivate(operatorContextOf(request), request.params.id, request.body.version),
    );
  });
}
