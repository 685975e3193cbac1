import { ServiceDeskPolicyDto, ServiceDeskPolicyUpdate } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { PolicyService } from './policy.service';

const tags = ['sla'];

export function policyRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new PolicyService(db);
  return routePlugin((app) => {
    app.get(
      '/service-desk/policy',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Matriks prioritas dan target layanan Pemda', response: { 200: ServiceDeskPolicyDto } }),
      },
      async (request) => service.get(contextOf(request)),
    );
    app.put(
      '/service-desk/policy',
      {
        config: { access: 'policy.manage' },
        schema: withProblems({
          tags,
          summary: 'Ubah matriks prioritas dan target',
          body: ServiceDeskPolicyUpdate,
          response: { 200: ServiceDeskPolicyDto },
        }),
      },
      async (request) => service.update(contextOf(request), request.body.policy, request.body.version),
    );
  });
}
