import { z } from 'zod';
import { LINK_TYPES, LinkType, RecordKind } from '../records/kinds';
import { TimelineEventType } from '../records/events';
import { Id, Timestamp } from './common';

/** A record as any other record or list shows it. */
export const RecordRef = z.object({ id: Id, kind: RecordKind, number: z.string(), title: z.string(), status: z.string() });
export type RecordRef = z.infer<typeof RecordRef>;

export const TimelineEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorName: z.string(),
  type: TimelineEventType,
  visibility: z.enum(['public', 'internal']),
  body: z.string().nullable(),
  data: z.unknown().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** The duties a person is picked for on a record; each kind states who may hold them. */
export const PICK_DUTIES = ['assignee'] as const;
export const PickDuty = z.enum(PICK_DUTIES);
export type PickDuty = z.infer<typeof PickDuty>;

/** Someone a picker offers: eligible for the duty on this record. */
export const Candidate = z.object({ id: Id, name: z.string() });
export type Candidate = z.infer<typeof Candidate>;

export const CandidateQuery = z.strictObject({ for: PickDuty.default('assignee') });
export type CandidateQuery = z.infer<typeof CandidateQuery>;

/** Who acted, as the public may know it: a role, never a person's name. */
export const PUBLIC_ACTOR_ROLES = ['reporter', 'staff', 'system'] as const;
export const PublicActorRole = z.enum(PUBLIC_ACTOR_ROLES);
export type PublicActorRole = z.infer<typeof PublicActorRole>;

/** A timeline entry on a public page (tracking code): the actor's role instead of their name. */
export const PublicTimelineEvent = TimelineEvent.omit({ actorName: true }).extend({ actorRole: PublicActorRole });
export type PublicTimelineEvent = z.infer<typeof PublicTimelineEvent>;

export const CommentCreate = z.strictObject({
  body: z.string().trim().min(1).max(10_000),
  /** Agents write internal notes unless they choose to reply to the reporter. */
  visibility: z.enum(['public', 'internal']).default('internal'),
});
export type CommentCreate = z.infer<typeof CommentCreate>;

export const Attachment = z.object({
  id: Id,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: Timestamp,
});
export type Attachment = z.infer<typeof Attachment>;

const LinkName = z.enum([...LinkType.options, ...Object.values(LINK_TYPES)]);
export const RecordLink = z.object({
  id: Id,
  /** The link's name as read from this record (the inverse name when this record is its target). */
  name: LinkName,
  record: RecordRef,
  createdAt: Timestamp,
});
export type RecordLink = z.infer<typeof RecordLink>;
export const LinkCreate = z.strictObject({ targetId: Id, linkType: LinkType });
export type LinkCreate = z.infer<typeof LinkCreate>;

export const Watchers = z.object({ watching: z.boolean(), people: z.array(z.object({ id: Id, name: z.string() })) });
export type Watchers = z.infer<typeof Watchers>;

export const ApprovalDecision = z.object({
  id: Id,
  userName: z.string(),
  decision: z.enum(['approved', 'rejected']),
  reason: z.string(),
  decidedAt: Timestamp,
  algorithm: z.literal('Ed25519'),
  signature: z.string(),
  /** Whether the signature verifies against the signer's public key now. */
  verified: z.boolean(),
});
export const Approval = z.object({
  id: Id,
  step: z.number().int(),
  purpose: z.string(),
  approverRoles: z.array(z.string()),
  /** The PD whose role holders decide the step; null for Pemda-wide holders. */
  scopePdName: z.string().nullable(),
  /**
   * Who may decide a step still open (waiting or pending): the active holders of its roles in its
   * scope, by name. Empty when nobody may, which the record's page says (issue 17, item 5).
   */
  deciders: z.array(z.object({ name: z.string(), role: z.string() })),
  quorum: z.number().int(),
  status: z.enum(['waiting', 'pending', 'approved', 'rejected', 'cancelled']),
  decisions: z.array(ApprovalDecision),
  /** Whether the reader may decide this step now. */
  canDecide: z.boolean(),
});
export type Approval = z.infer<typeof Approval>;
export const DecisionCreate = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().trim().min(3).max(2000),
});
export type DecisionCreate = z.infer<typeof DecisionCreate>;

export const RecordSearchQuery = z.strictObject({ q: z.string().trim().min(2).max(100), kind: RecordKind.optional() });
