import { StaffingCheck } from '@sigap/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/database';
import { contextOf } from '../../platform/http/context';
import { routePlugin } from '../../platform/http/route-plugin';
import { withProblems } from '../../platform/http/schema';
import { checkStaffing } from './staffing.service';

const tags = ['users'];

/** The staffing check on the users page: desks and approval steps with nobody to act. */
export function staffingRoutes(db: Db): FastifyPluginAsyncZod {
  return routePlugin((app) => {
    app.get(
      '/staffing-check',
      {
        config: { access: 'users.read' },
        schema: withProblems({
          tags,
          summary: 'Meja layanan dan langkah persetujuan yang belum memiliki petugas',
          response: { 200: StaffingCheck },
        }),
      },
      async (request) => checkStaffing(db, contextOf(request).actor.pemdaId),
    );
  });
}
