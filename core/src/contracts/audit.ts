import { z } from 'zod';
import { PageQuery, Timestamp, pageOf } from './common';

export const AuditEntry = z.object({
  id: z.number().int(),
  /** Null for the moment between the write's commit and its chaining. */
  seq: z.number().int().nullable(),
  occurredAt: Timestamp,
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
  hash: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  entityType: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = pageOf(AuditEntry);

export const AuditVerification = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first sequence number whose record no longer matches its hash or link. */
  brokenAtSeq: z.number().int().nullable(),
  reason: z.enum(['hash_mismatch', 'link_mismatch', 'sequence_gap']).nullable(),
  verifiedAt: Timestamp,
});
export type AuditVerification = z.infer<typeof AuditVerification>;
