import { zoneOffsetMinutes } from '@sigap/core';
import type { Db } from '../../platform/db/database';
import type { RequestContext } from '../../platform/http/context';
import { pemdaTimeZone, serviceTargetsOfYear } from './reports.repository';

export class ReportService {
  constructor(private readonly db: Db) {}

  /** Target attainment per service for one year, counted in the Pemda's own calendar year. */
  async serviceTargets(ctx: RequestContext, year: number) {
    const timeZone = await pemdaTimeZone(this.db, ctx.actor.pemdaId);
    return { year, rows: await serviceTargetsOfYear(this.db, ctx.actor.pemdaId, year, zoneOffsetMinutes(timeZone), ctx.scope) };
  }
}
