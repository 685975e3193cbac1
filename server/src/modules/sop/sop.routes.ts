import { SopSettings, SopSettingsUpdate } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { SopService } from './sop.service';

const tags = ['sla'];

export function sopRoutes(db: Db): FastifyPluginAsyncZod {
  const service = new SopService(db);
  return routePlugin((app) => {
    app.get(
      '/service-desk/sop',
      {
        config: { access: 'session' },
        schema: withProblems({ tags, summary: 'Standar waktu tiap langkah SOP (Bantul A.1–A.6, B.1–B.5)', response: { 200: SopSettings } }),
      },
      async (request) => service.get(contextOf(request)),
    );
    app.put(
      '/service-desk/sop',
      {
        config: { access: 'policy.manage' },
        schema: withProblems({ tags, summary: 'Ubah standar waktu langkah SOP', body: SopSettingsUpdate, response: { 200: SopSettings } }),
      },
      async (request) => service.update(contextOf(request), request.body.standards, request.body.version),
    );
  });
}
