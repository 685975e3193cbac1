import {
  IdParams,
  Pemda,
  PemdaUpdate,
  PerangkatDaerah,
  PerangkatDaerahCreate,
  PerangkatDaerahPage,
  PerangkatDaerahQuery,
  PerangkatDaerahUpdate,
} from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { OrganisationService } from './organisation.service';

const tags = ['organisation'];

export function organisationRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new OrganisationService(db);
  return routePlugin((app) => {
    app.get(
      '/pemda',
      { config: { access: 'session' }, schema: withProblems({ tags, summary: 'Pemda pengguna', response: { 200: Pemda } }) },
      async (request) => service.getPemda(contextOf(request)),
    );

    app.put(
      '/pemda',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({ tags, summary: 'Ubah data Pemda', body: PemdaUpdate, response: { 200: Pemda } }),
      },
      async (request) => service.updatePemda(contextOf(request), request.body),
    );

    app.get(
      '/perangkat-daerah',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Daftar Perangkat Daerah',
          querystring: PerangkatDaerahQuery,
          response: { 200: PerangkatDaerahPage },
        }),
      },
      async (request) => service.listPerangkatDaerah(contextOf(request), request.query),
    );

    app.get(
      '/perangkat-daerah/:id',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Satu Perangkat Daerah', params: IdParams, response: { 200: PerangkatDaerah } }),
      },
      async (request) => service.getPerangkatDaerah(contextOf(request), request.params.id),
    );

    app.post(
      '/perangkat-daerah',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({
          tags,
          summary: 'Tambah Perangkat Daerah',
          headers: IdempotencyHeaders,
          body: PerangkatDaerahCreate,
          response: { 201: PerangkatDaerah },
        }),
      },
      async (request, reply) =>
        createOnce(db, request, reply, (trx) => service.createPerangkatDaerah(trx, contextOf(request), request.body)),
    );

    app.put(
      '/perangkat-daerah/:id',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({
          tags,
          summary: 'Ubah Perangkat Daerah',
          params: IdParams,
          body: PerangkatDaerahUpdate,
          response: { 200: PerangkatDaerah },
        }),
      },
      async (request) => service.updatePerangkatDaerah(contextOf(request), request.params.id, request.body),
    );

    app.delete(
      '/perangkat-daerah/:id',
      {
        config: { access: 'organisation.manage' },
        schema: withProblems({ tags, summary: 'Hapus Perangkat Daerah yang belum dipakai', params: IdParams, response: { 204: z.null() } }),
      },
      async (request, reply) => {
        await service.deletePerangkatDaerah(contextOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  });
}
