import {
  IdParams,
  PublicService,
  RequestType,
  RequestTypeInput,
  Service,
  ServiceCreate,
  ServicePage,
  ServiceQuery,
  ServiceUpdate,
  StaffCandidateQuery,
  Candidate,
} from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { CatalogService } from './catalog.service';

const tags = ['catalog'];
const RequestTypeParams = z.strictObject({ id: z.uuid(), requestTypeId: z.uuid() });

export function catalogRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new CatalogService(db);
  return routePlugin((app) => {
    app.get(
      '/services',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Katalog layanan', querystring: ServiceQuery, response: { 200: ServicePage } }),
      },
      async (request) => service.list(contextOf(request), request.query),
    );
    app.get(
      '/services/staff-candidates',
      {
        config: { access: 'catalog.manage' },
        schema: withProblems({
          tags,
          summary: 'Orang yang dapat dipilih sebagai administrator layanan atau infrastruktur sebuah Perangkat Daerah penyedia',
          querystring: StaffCandidateQuery,
          response: { 200: z.array(Candidate) },
        }),
      },
      async (request) => service.staffCandidates(contextOf(request), request.query),
    );
    app.get(
      '/services/:id',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Satu layanan', params: IdParams, response: { 200: Service } }),
      },
      async (request) => service.get(contextOf(request), request.params.id),
    );
    app.post(
      '/services',
      {
        config: { access: 'catalog.manage' },
        schema: withProblems({
          tags,
          summary: 'Tambah layanan ke katalog',
          headers: IdempotencyHeaders,
          body: ServiceCreate,
          response: { 201: Service },
        }),
      },
      async (request, reply) => createOnce(db, request, reply, (trx) => service.create(trx, contextOf(request), request.body)),
    );
    app.put(
      '/services/:id',
      {
        config: { access: 'catalog.manage' },
        schema: withProblems({ tags, summary: 'Ubah layanan', params: IdParams, body: ServiceUpdate, response: { 200: Service } }),
      },
      async (request) => service.update(contextOf(request), request.params.id, request.body),
    );
    app.post(
      '/services/:id/request-types',
      {
        config: { access: 'catalog.manage' },
        schema: withProblems({
          tags,
          summary: 'Tambah jenis permintaan layanan',
          params: IdParams,
          body: RequestTypeInput,
          response: { 201: RequestType },
        }),
      },
      async (request, reply) => reply.code(201).send(await service.addRequestType(contextOf(request), request.params.id, request.body)),
    );
    app.put(
      '/services/:id/request-types/:requestTypeId',
      {
        config: { access: 'catalog.manage' },
        schema: withProblems({
          tags,
          summary: 'Ubah jenis permintaan layanan',
          params: RequestTypeParams,
          body: RequestTypeInput,
          response: { 200: RequestType },
        }),
      },
      async (request) => service.updateRequestType(contextOf(request), request.params.id, request.params.requestTypeId, request.body),
    );
  });
}

/** Services that accept reports from the public, for the anonymous report form. */
export function publicCatalogRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new CatalogService(db);
  return routePlugin((app) => {
    app.get(
      '/public/services',
      {
        config: { access: 'public' },
        schema: withProblems({
          tags,
          summary: 'Layanan publik yang menerima aduan tanpa akun',
          querystring: z.strictObject({ pemda: z.uuid().optional() }),
          response: { 200: z.array(PublicService) },
        }),
      },
      async (request) => service.listPublic(request.query.pemda),
    );
  });
}
