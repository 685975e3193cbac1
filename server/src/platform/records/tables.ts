import type { LinkType } from '@sigap/core';
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

/** The identity every record shares, whatever its kind (migration 0013). */
export interface RecordTable {
  id: string;
  pemda_id: string;
  kind: 'ticket' | 'problem';
  number: string;
  title: string;
  status: string;
  owner_pd_id: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RecordEventTable {
  id: Generated<number>;
  pemda_id: string;
  record_id: string;
  at: Generated<Date>;
  actor_id: string | null;
  actor_name: string;
  type: string;
  visibility: 'public' | 'internal';
  body: string | null;
  data: unknown;
}

export interface RecordAttachmentTable {
  id: Generated<string>;
  pemda_id: string;
  record_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface RecordLinkTable {
  id: Generated<string>;
  pemda_id: string;
  from_id: string;
  to_id: string;
  link_type: LinkType;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface RecordWatcherTable {
  pemda_id: string;
  record_id: string;
  user_id: string;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<string>;
  pemda_id: string;
  user_id: string;
  record_id: string | null;
  code: string;
  params: unknown;
  read_at: Date | null;
  created_at: CreatedAt;
}

export interface UserSigningKeyTable {
  id: Generated<string>;
  pemda_id: string;
  user_id: string;
  algorithm: 'Ed25519';
  public_key: string;
  private_key_encrypted: string;
  created_at: CreatedAt;
  revoked_at: Date | null;
}

export interface ApprovalTable {
  id: Generated<string>;
  pemda_id: string;
  record_id: string;
  step: number;
  purpose: string;
  approver_roles: string[];
  scope_pd_id: string | null;
  quorum: Generated<number>;
  status: Generated<'waiting' | 'pending' | 'approved' | 'rejected' | 'cancelled'>;
  created_at: CreatedAt;
  decided_at: Date | null;
}

export interface ApprovalDecisionTable {
  id: Generated<string>;
  pemda_id: string;
  approval_id: string;
  user_id: string;
  decision: 'approved' | 'rejected';
  reason: string;
  decided_at: Date;
  signed_payload: string;
  signature: string;
  signing_key_id: string;
}

export interface RecordTables {
  record: RecordTable;
  record_event: RecordEventTable;
  record_attachment: RecordAttachmentTable;
  record_link: RecordLinkTable;
  record_watcher: RecordWatcherTable;
  notification: NotificationTable;
  user_signing_key: UserSigningKeyTable;
  approval: ApprovalTable;
  approval_decision: ApprovalDecisionTable;
}
