import { AuditPage, AuditQuery, AuditVerification } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database';
import { contextOf } from '../http/context';
import { routePlugin } from '../http/route-plugin';
import { withProblems } from '../http/schema';
import type { AuditAnchors } from './anchor';
import { listAudit } from './audit';
import { verifyAuditChain } from './verify';

/** The audit trail's routes; `anchors` are the checkpoints outside the database that verification compares with. */
export function auditRoutes(db: Db, anchors: AuditAnchors | null): FastifyPluginAsyncZod {
  return routePlugin((app) => {
    app.get(
      '/audit',
      {
        config: { access: 'audit.read' },
        schema: withProblems({
          tags: ['audit'],
          summary: 'Jejak audit (terbaru dulu)',
          querystring: AuditQuery,
          response: { 200: AuditPage },
        }),
      },
      async (request) => {
        const ctx = contextOf(request);
        const page = await listAudit(db, ctx.actor.pemdaId, request.query);
        return { ...page, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    app.get(
      '/audit/verify',
      {
        config: { access: 'audit.read' },
        schema: withProblems({
          tags: ['audit'],
          summary: 'Periksa keutuhan rantai hash jejak audit, juga terhadap titik jangkar bertanda tangan di luar basis data',
          response: { 200: AuditVerification },
        }),
      },
      async (request) => verifyAuditChain(db, contextOf(request).actor.pemdaId, anchors),
    );
  });
}
