import { z } from 'zod';
import { Id } from './common';

export const ServiceTargetQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

/** One service's year (SPEC §9 chapters 1–2): how many requests and incidents met their targets. */
export const ServiceTargetRow = z.object({
  serviceId: Id,
  serviceName: z.string(),
  providerPdName: z.string(),
  incidents: z.number().int(),
  requests: z.number().int(),
  responded: z.number().int(),
  responseMet: z.number().int(),
  resolved: z.number().int(),
  resolutionMet: z.number().int(),
  satisfied: z.number().int(),
  rated: z.number().int(),
  averageRating: z.number().nullable(),
});
export const ServiceTargetReport = z.object({ year: z.number().int(), rows: z.array(ServiceTargetRow) });
export type ServiceTargetReport = z.infer<typeof ServiceTargetReport>;
