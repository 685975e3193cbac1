import { z } from 'zod';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../service-desk/priority';
import { SUPPORT_LINES } from '../permissions';
import { Id, OptionalText, PageQuery, Timestamp, Version, pageOf } from './common';

export const ServiceTypeField = z.enum(SERVICE_TYPES);
export const ClassificationField = z.enum(CLASSIFICATIONS);

export const RequestType = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  fulfilmentMinutes: z.number().int(),
  requiresApproval: z.boolean(),
  active: z.boolean(),
});
export type RequestType = z.infer<typeof RequestType>;

export const RequestTypeInput = z.strictObject({
  name: z.string().trim().min(3).max(150),
  description: z.string().trim().max(2000).default(''),
  fulfilmentMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 90),
  requiresApproval: z.boolean().default(false),
  active: z.boolean().default(true),
});

const StaffRef = z.object({ id: Id, name: z.string() });

/** The eleven catalog fields (Y-2.1.1.2) plus type, classification and operating targets (Y-2.1.2.4). */
export const Service = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  providerPdId: Id,
  providerPdName: z.string(),
  serviceAdmins: z.array(StaffRef),
  infraAdmins: z.array(StaffRef),
  accessInfo: z.string(),
  availabilityTarget: z.number(),
  helpContact: z.string(),
  helpdeskHours: z.string(),
  currentAvailability: z.number().nullable(),
  serviceType: ServiceTypeField,
  classification: ClassificationField,
  rpoMinutes: z.number().int().nullable(),
  rtoMinutes: z.number().int().nullable(),
  drpReference: z.string().nullable(),
  calendarId: Id,
  calendarName: z.string(),
  publicReporting: z.boolean(),
  active: z.boolean(),
  requestTypes: z.array(RequestType),
  version: z.number().int(),
  updatedAt: Timestamp,
});
export type Service = z.infer<typeof Service>;

const serviceFields = {
  name: z.string().trim().min(3).max(150),
  description: z.string().trim().min(10).max(4000),
  providerPdId: Id,
  serviceAdminIds: z.array(Id).max(20).default([]),
  infraAdminIds: z.array(Id).max(20).default([]),
  accessInfo: z.string().trim().min(3).max(1000),
  availabilityTarget: z.number().min(0).max(100),
  helpContact: z.string().trim().min(3).max(300),
  helpdeskHours: z.string().trim().min(3).max(300),
  currentAvailability: z
    .number()
    .min(0)
    .max(100)
    .nullish()
    .transform((v) => v ?? null),
  serviceType: ServiceTypeField,
  classification: ClassificationField,
  rpoMinutes: z
    .number()
    .int()
    .min(0)
    .max(525_600)
    .nullish()
    .transform((v) => v ?? null),
  rtoMinutes: z
    .number()
    .int()
    .min(0)
    .max(525_600)
    .nullish()
    .transform((v) => v ?? null),
  drpReference: OptionalText(300),
  calendarId: Id,
  publicReporting: z.boolean().default(false),
};

/** Kritis services cannot be saved without RPO, RTO and a DRP reference (Y-2.1.2.1). */
function kritisNeedsRecovery(
  v: { classification: string; rpoMinutes: number | null; rtoMinutes: number | null; drpReference: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.classification !== 'kritis') return;
  const message = 'Wajib untuk layanan berklasifikasi Kritis.';
  if (v.rpoMinutes === null) ctx.addIssue({ code: 'custom', path: ['rpoMinutes'], message });
  if (v.rtoMinutes === null) ctx.addIssue({ code: 'custom', path: ['rtoMinutes'], message });
  if (v.drpReference === null) ctx.addIssue({ code: 'custom', path: ['drpReference'], message });
}

export const ServiceCreate = z
  .strictObject({ ...serviceFields, requestTypes: z.array(RequestTypeInput).max(50).default([]) })
  .superRefine(kritisNeedsRecovery);
export type ServiceCreate = z.infer<typeof ServiceCreate>;

export const ServiceUpdate = z.strictObject({ ...serviceFields, active: z.boolean(), version: Version }).superRefine(kritisNeedsRecovery);
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

export const ServiceQuery = PageQuery.extend({
  providerPdId: Id.optional(),
  classification: ClassificationField.optional(),
  serviceType: ServiceTypeField.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ServiceQuery = z.infer<typeof ServiceQuery>;
export const ServicePage = pageOf(Service);

/** The people a service's administrator pickers offer: for one providing PD and one kind of administrator. */
export const StaffCandidateQuery = z.strictObject({ providerPdId: Id, kind: z.enum(SUPPORT_LINES) });
export type StaffCandidateQuery = z.infer<typeof StaffCandidateQuery>;

/** What anyone may see of a service that accepts public reports. */
export const PublicService = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  providerPdName: z.string(),
  helpContact: z.string(),
});
