import {
  IdParams,
  PublicReport,
  PublicReportReceipt,
  PublicTicket,
  Ticket,
  TicketAction,
  TicketCreate,
  TicketPage,
  TicketQuery,
  TicketRecord,
  TicketRecordReceipt,
  TrackingParams,
} from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/database';
import { routePlugin } from '../../platform/http/route-plugin';
import { contextOf } from '../../platform/http/context';
import { IdempotencyHeaders, createOnce } from '../../platform/http/idempotency';
import { withProblems } from '../../platform/http/schema';
import { TicketActionService, TicketService } from './tickets.service';

const tags = ['tickets'];

export function ticketRoutes(db: Db, actions: TicketActionService): FastifyPluginAsyncZod {
  const tickets = new TicketService(db);
  return routePlugin((app) => {
    app.get(
      '/tickets',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Antrean petugas, tiket saya, atau laporan saya',
          querystring: TicketQuery,
          response: { 200: TicketPage },
        }),
      },
      async (request) => tickets.list(contextOf(request), request.query),
    );
    app.get(
      '/tickets/:id',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Satu tiket dengan linimasa', params: IdParams, response: { 200: Ticket } }),
      },
      async (request) => tickets.get(contextOf(request), request.params.id),
    );
    app.post(
      '/tickets',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Laporkan gangguan atau ajukan permintaan layanan',
          headers: IdempotencyHeaders,
          body: TicketCreate,
          response: { 201: Ticket },
        }),
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        return createOnce(db, request, reply, (trx) => tickets.create(trx, ctx, request.body));
      },
    );
    app.post(
      '/tickets/record',
      {
        config: { access: 'tickets.handle' },
        schema: withProblems({
          tags,
          summary: 'Catat laporan telepon/surat/e-mail atas nama pelapor; menghasilkan tanda terima',
          headers: IdempotencyHeaders,
          body: TicketRecord,
          response: { 201: TicketRecordReceipt },
        }),
      },
      async (request, reply) => {
        const ctx = contextOf(request);
        return createOnce(db, request, reply, (trx) => tickets.record(trx, ctx, request.body));
      },
    );
    app.get(
      '/tickets/agents',
      {
        config: { access: 'tickets.handle' },
        schema: withProblems({
          tags,
          summary: 'Petugas di meja layanan yang Anda tangani',
          response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
        }),
      },
      async (request) => tickets.deskAgents(contextOf(request)),
    );
    app.get(
      '/tickets/:id/agents',
      {
        config: { access: 'tickets.handle' },
        schema: withProblems({
          tags,
          summary: 'Petugas yang dapat ditugaskan pada tiket ini',
          params: IdParams,
          response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
        }),
      },
      async (request) => tickets.agents(contextOf(request), request.params.id),
    );
    app.post(
      '/tickets/:id/actions',
      {
        config: { access: 'session' },
        schema: withProblems({
          tags,
          summary: 'Tindakan pada tiket (tangani, eskalasi, selesaikan, konfirmasi, …)',
          params: IdParams,
          body: TicketAction,
          response: { 200: Ticket },
        }),
      },
      async (request) => actions.act(contextOf(request), request.params.id, request.body),
    );
  });
}

export function publicTicketRoutes(db: Db, actions: TicketActionService): FastifyPluginAsyncZod {
  const tickets = new TicketService(db);
  return routePlugin((app) => {
    app.post(
      '/public/reports',
      {
        config: { access: 'public' },
        schema: withProblems({
          tags,
          summary: 'Aduan masyarakat tanpa akun; menghasilkan nomor dan kode pelacakan',
          body: PublicReport,
          response: { 201: PublicReportReceipt },
        }),
      },
      async (request, reply) => {
        const { number, trackingCode } = await tickets.reportPublic(request.body, request.id);
        return reply.code(201).send({ number, trackingCode });
      },
    );
    app.get(
      '/public/tickets/:code',
      {
        config: { access: 'public' },
        schema: withProblems({
          tags,
          summary: 'Lacak aduan dengan kode pelacakan',
          params: TrackingParams,
          response: { 200: PublicTicket },
        }),
      },
      async (request) => actions.publicView(db, request.params.code),
    );
    app.post(
      '/public/tickets/:code/actions',
      {
        config: { access: 'public' },
        schema: withProblems({
          tags,
          summary: 'Tanggapi, konfirmasi, dan nilai penyelesaian aduan',
          params: TrackingParams,
          body: TicketAction,
          response: { 200: PublicTicket },
        }),
      },
      async (request) => actions.actPublic(request.params.code, request.body, request.id),
    );
  });
}
