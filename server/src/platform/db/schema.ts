import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface PemdaTable {
  id: Generated<string>;
  name: string;
  kind: 'kabupaten' | 'kota' | 'provinsi';
  time_zone: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface PerangkatDaerahTable {
  id: Generated<string>;
  pemda_id: string;
  name: string;
  short_name: string;
  type: string;
  is_diskominfo: boolean;
  parent_id: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  pemda_id: string;
  name: string;
  email: string;
  nip: string | null;
  phone: string | null;
  perangkat_daerah_id: string | null;
  active: Generated<boolean>;
  password_hash: string;
  password_changed_at: UpdatedAt;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RoleAssignmentTable {
  id: Generated<string>;
  pemda_id: string;
  user_id: string;
  role: string;
  perangkat_daerah_id: string | null;
  created_at: CreatedAt;
}

export interface SessionTable {
  id: string;
  user_id: string;
  pemda_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}

export interface LoginAttemptTable {
  id: Generated<string>;
  email: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface AuditLogTable {
  pemda_id: string;
  seq: number;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  response: unknown;
  created_at: CreatedAt;
}

export interface Database {
  pemda: PemdaTable;
  perangkat_daerah: PerangkatDaerahTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;
}

export type PemdaRow = Selectable<PemdaTable>;
export type PerangkatDaerahRow = Selectable<PerangkatDaerahTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
