import type { PickDuty, RecordKind } from '@sigap/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor, RequestContext } from '../http/context';
import type { PickRule } from './eligibility';

/** What a reader may do with a record, as its kind decides. */
export interface RecordAccess {
  /** The reader's relations to the record, in the words of the kind's workflow. */
  relations: ReadonlySet<string>;
  /** Reads internal notes (handlers, not reporters). */
  internal: boolean;
  /** May comment, attach, link and watch now. */
  contribute: boolean;
}

/** A record's identity as the platform holds it. */
export interface RecordIdentity {
  id: string;
  pemda_id: string;
  kind: RecordKind;
  number: string;
  title: string;
  status: string;
  owner_pd_id: string | null;
}

/** What a record kind tells the platform: who may see and touch its records, and its comments. */
export interface RecordKindPolicy {
  kind: RecordKind;
  /** Null when the actor may not know the record exists (the routes answer 404). */
  access(db: Kysely<Database>, actor: Actor, record: RecordIdentity): Promise<RecordAccess | null>;
  /**
   * A comment on a record of this kind, when the kind does more than append it (a ticket's
   * comment answers the reporter, resumes a paused clock and counts as the first response).
   */
  comment?(ctx: RequestContext, record: RecordIdentity, input: { body: string; visibility: 'public' | 'internal' }): Promise<void>;
  /**
   * Who may be picked for a duty on this record (eligibility.ts turns the rule into people, for
   * the picker and for the check); absent or null when the kind has no such duty.
   */
  pickRule?(db: Kysely<Database>, record: RecordIdentity, duty: PickDuty): Promise<PickRule | null>;
  /** A decision on the record's approval, when the kind's workflow makes it (a ticket's approve/reject). */
  decide?(ctx: RequestContext, record: RecordIdentity, input: { decision: 'approved' | 'rejected'; reason: string }): Promise<void>;
}

/** The kinds the app registered at start; the platform's routes ask them. */
export class RecordKinds {
  private readonly policies = new Map<RecordKind, RecordKindPolicy>();

  register(policy: RecordKindPolicy): this {
    this.policies.set(policy.kind, policy);
    return this;
  }

  policyOf(kind: RecordKind): RecordKindPolicy {
    const policy = this.policies.get(kind);
    if (!policy) throw new Error(`record kind ${kind} is not registered`);
    return policy;
  }
}
