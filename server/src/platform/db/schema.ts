import type { DeploymentRoleCode, SupportLine } from '@sigap/core';
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RecordTables } from '../records/tables';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface PemdaTable {
  id: Generated<string>;
  name: string;
  kind: 'kabupaten' | 'kota' | 'provinsi';
  time_zone: string;
  /** Short, unique in the deployment (migration 0019); a random one when an insert gives none. */
  code: Generated<string>;
  status: Generated<'active' | 'suspended'>;
  suspended_at: Date | null;
  suspension_reason: string | null;
  version: Generated<number>;
  /** Raised by triggers on every write that changes what ticket clocks use (migration 0015). */
  settings_version: Generated<number>;
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
  language: Generated<'id' | 'en'>;
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
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  attempted_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  /** Null: the deployment's own chain (its super-administrators' actions, migration 0019). */
  pemda_id: string | null;
  /** Null until the chainer links the record into the Pemda's chain, right after commit. */
  seq: number | null;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  response: unknown;
  created_at: CreatedAt;
}

export interface ServiceDeskPolicyTable {
  pemda_id: string;
  policy: unknown;
  version: Generated<number>;
  updated_at: UpdatedAt;
}

export interface WorkingCalendarTable {
  id: Generated<string>;
  pemda_id: string;
  name: string;
  always_on: boolean;
  weekly_hours: unknown;
  /** [{ name, from, to, weekly_hours }] (core WeeklyHours in minutes). */
  periods: Generated<unknown>;
  observes_holidays: Generated<boolean>;
  is_default: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface HolidayTable {
  id: Generated<string>;
  pemda_id: string;
  /** 'YYYY-MM-DD' (the pg type parser keeps dates as text). */
  date: string;
  name: string;
  kind: 'nasional' | 'cuti_bersama' | 'daerah';
  source: 'import' | 'local';
  /** A half day: the minutes after local midnight that are off; both null for the whole day. */
  off_start: number | null;
  off_end: number | null;
  created_at: CreatedAt;
}

export interface ServiceTable {
  id: Generated<string>;
  pemda_id: string;
  name: string;
  description: string;
  provider_pd_id: string;
  access_info: string;
  /** numeric comes back as text */
  availability_target: ColumnType<string, number | string, number | string>;
  current_availability: ColumnType<string | null, number | string | null, number | string | null>;
  help_contact: string;
  helpdesk_hours: string;
  service_type: 'publik' | 'administrasi';
  classification: 'kritis' | 'esensial' | 'normal';
  rpo_minutes: number | null;
  rto_minutes: number | null;
  drp_reference: string | null;
  calendar_id: string;
  public_reporting: Generated<boolean>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ServiceStaffTable {
  pemda_id: string;
  service_id: string;
  user_id: string;
  kind: SupportLine;
}

export interface ServiceRequestTypeTable {
  id: Generated<string>;
  pemda_id: string;
  service_id: string;
  name: string;
  description: Generated<string>;
  fulfilment_minutes: number;
  requires_approval: Generated<boolean>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface RecordCounterTable {
  pemda_id: string;
  series: string;
  year: number;
  last: number;
}

export interface TicketTable {
  id: Generated<string>;
  pemda_id: string;
  number: string;
  kind: 'incident' | 'request' | 'operation';
  service_id: string;
  request_type_id: string | null;
  title: string;
  description: string;
  channel: string;
  category: string | null;
  impact: 'mayor' | 'minor';
  urgency: number;
  priority: string;
  priority_reason: unknown;
  priority_override_reason: string | null;
  status: string;
  cause: string | null;
  affected_items: string | null;
  reporter_user_id: string | null;
  reporter_name: string;
  reporter_email: string | null;
  reporter_phone: string | null;
  reporter_nip: string | null;
  reporter_pd_id: string | null;
  contact_preference: string;
  tracking_code: string | null;
  recorded_by: string | null;
  handling_pd_id: string;
  tier: Generated<number>;
  support_line: Generated<string>;
  assignee_id: string | null;
  vendor_note: string | null;
  escalation_level: Generated<number>;
  approval: string | null;
  /** Whose approvers decide the approval step (migration 0016); null: the providing PD's. */
  approver_pd_id: string | null;
  reported_at: Date;
  first_response_at: Date | null;
  response_due_at: Date;
  resolution_due_at: Date;
  fulfilment_due_at: Date | null;
  escalate_at: Date;
  auto_close_at: Date | null;
  paused_since: Date | null;
  paused_minutes: Generated<number>;
  resolved_at: Date | null;
  confirmed_at: Date | null;
  closed_at: Date | null;
  satisfaction: string | null;
  rating: number | null;
  feedback: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  search: ColumnType<string | null, never, never>;
}

export interface OutboxTable {
  id: Generated<number>;
  pemda_id: string | null;
  kind: 'email' | 'webhook';
  payload: unknown;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  sent_at: Date | null;
  last_error: string | null;
  created_at: CreatedAt;
}

/** Every table; the record platform's tables are declared beside it (platform/records/tables.ts). */
export interface Database extends RecordTables {
  service_desk_policy: ServiceDeskPolicyTable;
  working_calendar: WorkingCalendarTable;
  holiday: HolidayTable;
  service: ServiceTable;
  service_staff: ServiceStaffTable;
  service_request_type: ServiceRequestTypeTable;
  record_counter: RecordCounterTable;
  ticket: TicketTable;
  outbox: OutboxTable;
  pemda: PemdaTable;
  perangkat_daerah: PerangkatDaerahTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  idempotency_key: IdempotencyKeyTable;

  // The deployment's super-administrators and their sessions (migration 0019).
  operator_account: OperatorAccountTable;
  operator_session: OperatorSessionTable;

  // Background jobs (migration 0014, platform/jobs/).
  job_run: JobRunTable;
  job_lease: JobLeaseTable;
}

export type PemdaRow = Selectable<PemdaTable>;

/** A deployment operator (super-administrator): belongs to no Pemda (migration 0019). */
export interface OperatorAccountTable {
  id: Generated<string>;
  name: string;
  email: string;
  role: DeploymentRoleCode;
  active: Generated<boolean>;
  password_hash: string;
  password_changed_at: UpdatedAt;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OperatorSessionTable {
  id: string;
  operator_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
}
export type PerangkatDaerahRow = Selectable<PerangkatDaerahTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type ServiceRow = Selectable<ServiceTable>;
export type TicketRow = Selectable<TicketTable>;
export type WorkingCalendarRow = Selectable<WorkingCalendarTable>;

// ---- Background jobs (migration 0014) ----

export interface JobRunTable {
  id: Generated<number>;
  job_name: string;
  /** Null for a global job. */
  pemda_id: string | null;
  /** The cron time the run is for; null for interval jobs. */
  scheduled_for: Date | null;
  started_at: Date;
  finished_at: Date | null;
  outcome: 'running' | 'succeeded' | 'failed' | 'skipped';
  /** What the run did, by name (`{ escalated: 3 }`); jsonb. */
  counts: ColumnType<Record<string, number>, string | undefined, string>;
  error: string | null;
  host: string;
  pid: number;
}

export interface JobLeaseTable {
  job_name: string;
  pemda_id: string | null;
  holder: string;
  locked_until: Date;
  last_started_at: Date | null;
  last_finished_at: Date | null;
}

export type JobRunRow = Selectable<JobRunTable>;
