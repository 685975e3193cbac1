import { z } from 'zod';
import { actionBodySchema, type ActionBody } from '../records/workflow';
import { IMPACTS, PRIORITIES } from '../service-desk/priority';
import { CAUSE_CATEGORIES, PROBLEM_STATUSES, problemWorkflow } from '../workflows/problem';
import { Id, OptionalText, PageQuery, Timestamp, pageOf } from './common';
import { TimelineEvent } from './records';

export const ProblemStatus = z.enum(PROBLEM_STATUSES);
export type ProblemStatus = z.infer<typeof ProblemStatus>;

/** A problem raised proactively, or from the incidents that form it (they are linked to it). */
export const ProblemCreate = z.strictObject({
  title: z.string().trim().min(5).max(200),
  description: z.string().trim().min(10).max(10_000),
  serviceId: Id.nullish().transform((v) => v ?? null),
  category: OptionalText(100),
  impact: z.enum(IMPACTS).default('minor'),
  urgency: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(3),
  estimateHours: z
    .number()
    .int()
    .min(1)
    .max(10_000)
    .nullish()
    .transform((v) => v ?? null),
  incidentIds: z.array(Id).max(100).default([]),
});
export type ProblemCreate = z.infer<typeof ProblemCreate>;

export const ProblemSummary = z.object({
  id: Id,
  number: z.string(),
  title: z.string(),
  status: ProblemStatus,
  priority: z.enum(PRIORITIES),
  serviceName: z.string().nullable(),
  ownerPdName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: Timestamp,
});
export type ProblemSummary = z.infer<typeof ProblemSummary>;

export const ProblemRecord = ProblemSummary.extend({
  origin: z.enum(['proactive', 'incidents']),
  serviceId: Id.nullable(),
  ownerPdId: Id.nullable(),
  category: z.string().nullable(),
  impact: z.enum(IMPACTS),
  urgency: z.number().int(),
  estimateHours: z.number().int().nullable(),
  assigneeId: Id.nullable(),
  description: z.string(),
  symptom: z.string().nullable(),
  cause: z.string().nullable(),
  causeCategory: z.enum(CAUSE_CATEGORIES).nullable(),
  whys: z.array(z.string()),
  workaround: z.string().nullable(),
  fixPlan: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  events: z.array(TimelineEvent),
  allowedActions: z.array(z.string()),
  version: z.number().int(),
});
export type ProblemRecord = z.infer<typeof ProblemRecord>;

export const ProblemQuery = PageQuery.extend({ status: z.enum([...PROBLEM_STATUSES, 'open', 'all']).default('open') });
export type ProblemQuery = z.infer<typeof ProblemQuery>;
export const ProblemPage = pageOf(ProblemSummary);

export const ProblemAction = actionBodySchema(problemWorkflow);
export type ProblemAction = ActionBody<typeof problemWorkflow>;
