import { type Kysely, sql } from 'kysely';

/**
 * Multi-Pemda administration (issue #17 item 12).
 *
 * `pemda` gains a short `code`, unique in the deployment (existing Pemda get one from their name),
 * and a `status`: a suspended Pemda keeps every row, but its users cannot sign in and its public
 * portal takes no new report.
 *
 * `operator_account` and `operator_session`: the deployment's super-administrators, who belong to
 * no Pemda, and their sessions (a cookie of their own). They create and suspend Pemda and reach
 * none of a Pemda's data.
 *
 * `audit_log.pemda_id` may be null: those records form the deployment's own hash chain (operators
 * signing in, Pemda created, edited, suspended and reactivated), chained and verified like a
 * Pemda's. What an operator does to a Pemda is also written into that Pemda's own chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE pemda
      ADD COLUMN code text,
      ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
      ADD COLUMN suspended_at timestamptz,
      ADD COLUMN suspension_reason text`,
    // A code from the name ("Kota Contoh" → "kota-contoh"); a second Pemda of the same name gets "-2".
    sql`WITH named AS (
        SELECT id, coalesce(nullif(rtrim(left(trim(BOTH '-' FROM lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))), 34), '-'), ''), 'pemda') AS base,
               created_at
        FROM pemda
      ), numbered AS (
        SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY created_at, id) AS n FROM named
      )
      UPDATE pemda p SET code = numbered.base || CASE WHEN numbered.n > 1 THEN '-' || numbered.n ELSE '' END
      FROM numbered WHERE numbered.id = p.id`,
    // Rows written without a code (the application always gives one) get a random one.
    sql`ALTER TABLE pemda
      ALTER COLUMN code SET DEFAULT ('pemda-' || left(replace(gen_random_uuid()::text, '-', ''), 12)),
      ALTER COLUMN code SET NOT NULL`,
    sql`ALTER TABLE pemda ADD CONSTRAINT pemda_code_key UNIQUE (code)`,
    sql`ALTER TABLE pemda ADD CONSTRAINT pemda_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) BETWEEN 2 AND 40)`,
    sql`ALTER TABLE pemda ADD CONSTRAINT pemda_suspension_whole
      CHECK ((status = 'suspended') = (suspended_at IS NOT NULL) AND (status = 'suspended') = (suspension_reason IS NOT NULL))`,

    sql`CREATE TABLE operator_account (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      email text NOT NULL,
      role text NOT NULL CHECK (role IN ('super_admin')),
      active boolean NOT NULL DEFAULT true,
      password_hash text NOT NULL,
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE UNIQUE INDEX operator_account_email_uq ON operator_account (lower(email))`,
    sql`CREATE TABLE operator_session (
      id text PRIMARY KEY,
      operator_id uuid NOT NULL REFERENCES operator_account(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      ip text,
      user_agent text,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`,
    sql`CREATE INDEX operator_session_operator_idx ON operator_session (operator_id)`,
    sql`CREATE INDEX operator_session_expires_idx ON operator_session (expires_at)`,

    // Suspending a Pemda signs its users out.
    sql`CREATE INDEX session_pemda_idx ON session (pemda_id)`,

    sql`ALTER TABLE audit_log ALTER COLUMN pemda_id DROP NOT NULL`,
    // (pemda_id, seq) is unique for the Pemda chains; NULLs are distinct there, so the deployment chain has its own.
    sql`CREATE UNIQUE INDEX audit_log_deployment_seq_key ON audit_log (seq) WHERE pemda_id IS NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}
