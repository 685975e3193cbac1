import { type Kysely, sql } from 'kysely';

/** Organisation, people, roles, sessions, login attempts, audit trail, idempotency keys. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE pemda (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('kabupaten', 'kota', 'provinsi')),
      time_zone text NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE TABLE perangkat_daerah (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      name text NOT NULL,
      short_name text NOT NULL,
      type text NOT NULL,
      is_diskominfo boolean NOT NULL DEFAULT false,
      parent_id uuid REFERENCES perangkat_daerah(id),
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE UNIQUE INDEX perangkat_daerah_name_uq ON perangkat_daerah (pemda_id, lower(name))`,
    sql`CREATE UNIQUE INDEX perangkat_daerah_short_name_uq ON perangkat_daerah (pemda_id, lower(short_name))`,
    sql`CREATE INDEX perangkat_daerah_parent_idx ON perangkat_daerah (parent_id)`,
    sql`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      name text NOT NULL,
      email text NOT NULL,
      nip text,
      phone text,
      perangkat_daerah_id uuid REFERENCES perangkat_daerah(id),
      active boolean NOT NULL DEFAULT true,
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    // One login name across the deployment: e-mail identifies the person and their Pemda.
    sql`CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email))`,
    sql`CREATE UNIQUE INDEX app_user_nip_uq ON app_user (pemda_id, nip) WHERE nip IS NOT NULL`,
    sql`CREATE INDEX app_user_pemda_name_idx ON app_user (pemda_id, lower(name), id)`,
    sql`CREATE INDEX app_user_pd_idx ON app_user (perangkat_daerah_id)`,
    sql`CREATE TABLE role_assignment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      role text NOT NULL,
      perangkat_daerah_id uuid REFERENCES perangkat_daerah(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT role_assignment_uq UNIQUE NULLS NOT DISTINCT (user_id, role, perangkat_daerah_id)
    )`,
    sql`CREATE INDEX role_assignment_pd_role_idx ON role_assignment (perangkat_daerah_id, role)`,
    sql`CREATE INDEX role_assignment_pemda_role_idx ON role_assignment (pemda_id, role)`,
    sql`CREATE TABLE session (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      csrf_token text NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`,
    sql`CREATE INDEX session_user_idx ON session (user_id)`,
    sql`CREATE INDEX session_expires_idx ON session (expires_at)`,
    sql`CREATE TABLE login_attempt (
      id bigserial PRIMARY KEY,
      email text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      attempted_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX login_attempt_email_idx ON login_attempt (email, attempted_at)`,
    sql`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at)`,
    sql`CREATE TABLE audit_log (
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      seq bigint NOT NULL,
      occurred_at timestamptz NOT NULL,
      actor_id uuid,
      actor_name text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text,
      before jsonb,
      after jsonb,
      request_id text,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (pemda_id, seq)
    )`,
    sql`CREATE INDEX audit_log_entity_idx ON audit_log (pemda_id, entity_type, entity_id, seq)`,
    // Append-only: the application role can neither rewrite nor remove history.
    sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END;
    $$`,
    sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
    sql`CREATE TABLE idempotency_key (
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      key text NOT NULL,
      request_hash text NOT NULL,
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, key)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
