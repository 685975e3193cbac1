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

/**
 * Why a chain fails verification: a record's content (`hash_mismatch`), its link to the one before
 * (`link_mismatch`) or a missing sequence number (`sequence_gap`) inside the database; or, against
 * the signed checkpoints kept outside it, newest records deleted (`truncated`: the chain is shorter
 * than a checkpoint) or history rewritten and every later hash recomputed (`rehashed`: a record's
 * hash differs from the checkpoint's).
 */
export const AUDIT_BREAKS = ['hash_mismatch', 'link_mismatch', 'sequence_gap', 'truncated', 'rehashed'] as const;
export type AuditBreak = (typeof AUDIT_BREAKS)[number];

/** The checkpoints the chain was compared with. */
export const AuditAnchorCheck = z.object({
  /** Checkpoints stored outside the database whose signature holds. */
  checkpoints: z.number().int(),
  /** Stored checkpoints that are not this deployment's signed ones (altered, forged, or another key's): evidence of tampering with the anchor. */
  invalid: z.number().int(),
  /** The newest valid checkpoint. */
  latest: z.object({ seq: z.number().int(), hash: z.string(), at: Timestamp }).nullable(),
});
export type AuditAnchorCheck = z.infer<typeof AuditAnchorCheck>;

export const AuditVerification = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  /** The first sequence number whose record no longer matches its hash, link or checkpoint (past the end when truncated). */
  brokenAtSeq: z.number().int().nullable(),
  reason: z.enum(AUDIT_BREAKS).nullable(),
  verifiedAt: Timestamp,
  anchors: AuditAnchorCheck,
});
export type AuditVerification = z.infer<typeof AuditVerification>;
