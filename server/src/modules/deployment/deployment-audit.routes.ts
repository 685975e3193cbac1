import { AuditPage, AuditQuery, AuditVerification } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listAudit } from '../../platform/audit/audit';
import { verifyAuditChain } from '../../platform/audit/verify';
import type { Db } from '../../platform/db/database';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';

const tags = ['deployment'];
/** The deployment's own chain (no Pemda's). */
const DEPLOYMENT_CHAIN = null;

/** The deployment's own audit trail: its super-administrators' sign-ins and what they did to Pemda. */
export function deploymentAuditRoutes(db: Db): FastifyPluginAsyncZod {
  return routePlugin((app) => {
    app.get(
      '/deployment/audit',
      {
        config: { access: 'deployment.audit.read' },
        schema: withProblems({
          tags,
          summary: 'Jejak audit penyelenggaraan (terbaru dulu)',
          querystring: AuditQuery,
          response: { 200: AuditPage },
        }),
      },
      async (request) => {
        const page = await listAudit(db, DEPLOYMENT_CHAIN, request.query);
        return { ...page, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    app.get(
      '/deployment/audit/verify',
      {
        config: { access: 'deployment.audit.read' },
        schema: withProblems({
          tags,
          summary: 'Periksa keutuhan rantai hash jejak audit penyelenggaraan',
          response: { 200: AuditVerification },
        }),
      },
      async () => verifyAuditChain(db, DEPLOYMENT_CHAIN, null),
    );
  });
}
