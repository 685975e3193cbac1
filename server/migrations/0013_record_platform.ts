import { type Kysely, sql } from 'kysely';

/**
 * The record platform (ADR 0007): one identity row per record of any kind, and the timeline,
 * attachments, links, watchers, notifications and approvals every kind shares. Tickets keep
 * their own table and indexes; a trigger mirrors their number, title, status and desk into
 * `record`. Every reference between tenant rows names the Pemda too, so the database itself
 * refuses one that crosses Pemda.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // Targets of composite (Pemda, id) references.
    sql`ALTER TABLE perangkat_daerah ADD CONSTRAINT perangkat_daerah_pemda_id_uq UNIQUE (pemda_id, id)`,
    sql`ALTER TABLE app_user ADD CONSTRAINT app_user_pemda_id_uq UNIQUE (pemda_id, id)`,
    sql`ALTER TABLE service ADD CONSTRAINT service_pemda_id_uq UNIQUE (pemda_id, id)`,
    sql`ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en'))`,

    sql`CREATE TABLE record (
      id uuid PRIMARY KEY,
      pemda_id uuid NOT NULL REFERENCES pemda(id),
      kind text NOT NULL CHECK (kind IN ('ticket', 'problem')),
      number text NOT NULL,
      title text NOT NULL,
      status text NOT NULL,
      owner_pd_id uuid,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT record_pemda_id_uq UNIQUE (pemda_id, id),
      CONSTRAINT record_number_uq UNIQUE (pemda_id, number),
      CONSTRAINT record_owner_fk FOREIGN KEY (pemda_id, owner_pd_id) REFERENCES perangkat_daerah (pemda_id, id)
    )`,
    sql`INSERT INTO record (id, pemda_id, kind, number, title, status, owner_pd_id, version, created_at, updated_at)
      SELECT id, pemda_id, 'ticket', number, title, status, handling_pd_id, version, created_at, updated_at FROM ticket`,
    sql`CREATE FUNCTION ticket_record_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO record (id, pemda_id, kind, number, title, status, owner_pd_id, version, created_at, updated_at)
        VALUES (NEW.id, NEW.pemda_id, 'ticket', NEW.number, NEW.title, NEW.status, NEW.handling_pd_id, NEW.version, NEW.created_at, NEW.updated_at);
        RETURN NEW;
      END $$`,
    sql`CREATE TRIGGER ticket_record_insert BEFORE INSERT ON ticket FOR EACH ROW EXECUTE FUNCTION ticket_record_insert()`,
    sql`CREATE FUNCTION ticket_record_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE record SET title = NEW.title, status = NEW.status, owner_pd_id = NEW.handling_pd_id, version = NEW.version, updated_at = NEW.updated_at
        WHERE id = NEW.id;
        RETURN NULL;
      END $$`,
    sql`CREATE TRIGGER ticket_record_update AFTER UPDATE OF title, status, handling_pd_id ON ticket FOR EACH ROW
      WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.status IS DISTINCT FROM NEW.status OR OLD.handling_pd_id IS DISTINCT FROM NEW.handling_pd_id)
      EXECUTE FUNCTION ticket_record_update()`,
    sql`ALTER TABLE ticket ADD CONSTRAINT ticket_record_fk FOREIGN KEY (pemda_id, id) REFERENCES record (pemda_id, id)`,

    // Readable numbers per Pemda, series and year (INC, REQ, PRB, …).
    sql`ALTER TABLE ticket_counter RENAME TO record_counter`,
    sql`ALTER TABLE record_counter RENAME CONSTRAINT ticket_counter_pkey TO record_counter_pkey`,
    sql`ALTER TABLE record_counter RENAME COLUMN kind TO series`,

    // One timeline for every kind.
    sql`ALTER TABLE ticket_event RENAME TO record_event`,
    sql`ALTER TABLE record_event RENAME COLUMN ticket_id TO record_id`,
    sql`ALTER TABLE record_event RENAME CONSTRAINT ticket_event_pkey TO record_event_pkey`,
    sql`ALTER INDEX ticket_event_ticket_idx RENAME TO record_event_record_idx`,
    sql`ALTER SEQUENCE ticket_event_id_seq RENAME TO record_event_id_seq`,
    sql`ALTER TABLE record_event DROP CONSTRAINT ticket_event_ticket_id_fkey`,
    sql`ALTER TABLE record_event ADD CONSTRAINT record_event_record_fk FOREIGN KEY (pemda_id, record_id) REFERENCES record (pemda_id, id)`,
    // Texts the server wrote into entries become the entry's type and data, rendered per reader.
    sql`UPDATE record_event SET body = NULL WHERE actor_id IS NULL AND type IN ('sla_warning', 'sla_breach', 'auto_closed')`,
    sql`UPDATE record_event SET body = NULL, data = '{"unsatisfied": true}'
      WHERE type = 'reopened' AND body = 'Pelapor tidak puas; tiket dikembalikan ke penanganan.'`,

    sql`ALTER TABLE ticket_attachment RENAME TO record_attachment`,
    sql`ALTER TABLE record_attachment RENAME COLUMN ticket_id TO record_id`,
    sql`ALTER TABLE record_attachment RENAME CONSTRAINT ticket_attachment_pkey TO record_attachment_pkey`,
    sql`ALTER INDEX ticket_attachment_ticket_idx RENAME TO record_attachment_record_idx`,
    sql`ALTER TABLE record_attachment DROP CONSTRAINT ticket_attachment_ticket_id_fkey`,
    sql`ALTER TABLE record_attachment ADD CONSTRAINT record_attachment_record_fk FOREIGN KEY (pemda_id, record_id) REFERENCES record (pemda_id, id)`,

    // Notices are stored as a code with parameters and put into words for each reader.
    sql`ALTER TABLE notification RENAME COLUMN ticket_id TO record_id`,
    sql`ALTER INDEX notification_ticket_idx RENAME TO notification_record_idx`,
    sql`ALTER TABLE notification DROP CONSTRAINT notification_ticket_id_fkey`,
    sql`ALTER TABLE notification ADD CONSTRAINT notification_record_fk FOREIGN KEY (pemda_id, record_id) REFERENCES record (pemda_id, id)`,
    sql`ALTER TABLE notification RENAME COLUMN kind TO code`,
    sql`ALTER TABLE notification ADD COLUMN params jsonb NOT NULL DEFAULT '{}'`,
    sql`UPDATE notification SET code = 'legacy', params = jsonb_build_object('title', title, 'body', body)`,
    sql`ALTER TABLE notification DROP COLUMN title, DROP COLUMN body`,
    sql`ALTER TABLE notification ALTER COLUMN params DROP DEFAULT`,

    sql`CREATE TABLE record_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL,
      from_id uuid NOT NULL,
      to_id uuid NOT NULL,
      link_type text NOT NULL CHECK (link_type IN ('relates_to', 'duplicates', 'caused_by', 'resolved_by', 'implements', 'affects', 'depends_on')),
      created_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT record_link_not_self CHECK (from_id <> to_id),
      CONSTRAINT record_link_uq UNIQUE (from_id, to_id, link_type),
      CONSTRAINT record_link_from_fk FOREIGN KEY (pemda_id, from_id) REFERENCES record (pemda_id, id),
      CONSTRAINT record_link_to_fk FOREIGN KEY (pemda_id, to_id) REFERENCES record (pemda_id, id),
      CONSTRAINT record_link_by_fk FOREIGN KEY (pemda_id, created_by) REFERENCES app_user (pemda_id, id)
    )`,
    sql`CREATE INDEX record_link_to_idx ON record_link (to_id)`,

    sql`CREATE TABLE record_watcher (
      pemda_id uuid NOT NULL,
      record_id uuid NOT NULL,
      user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (record_id, user_id),
      CONSTRAINT record_watcher_record_fk FOREIGN KEY (pemda_id, record_id) REFERENCES record (pemda_id, id),
      CONSTRAINT record_watcher_user_fk FOREIGN KEY (pemda_id, user_id) REFERENCES app_user (pemda_id, id) ON DELETE CASCADE
    )`,
    sql`CREATE INDEX record_watcher_user_idx ON record_watcher (user_id)`,

    // Approvals: steps on a record, decided by people of a role in a scope, each decision signed.
    sql`CREATE TABLE user_signing_key (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL,
      user_id uuid NOT NULL,
      algorithm text NOT NULL CHECK (algorithm IN ('Ed25519')),
      public_key text NOT NULL,
      private_key_encrypted text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      CONSTRAINT user_signing_key_user_fk FOREIGN KEY (pemda_id, user_id) REFERENCES app_user (pemda_id, id)
    )`,
    sql`CREATE UNIQUE INDEX user_signing_key_active_uq ON user_signing_key (user_id) WHERE revoked_at IS NULL`,
    sql`CREATE TABLE approval (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL,
      record_id uuid NOT NULL,
      step smallint NOT NULL CHECK (step >= 1),
      purpose text NOT NULL,
      approver_roles text[] NOT NULL CHECK (cardinality(approver_roles) > 0),
      scope_pd_id uuid,
      quorum smallint NOT NULL DEFAULT 1 CHECK (quorum >= 1),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('waiting', 'pending', 'approved', 'rejected', 'cancelled')),
      created_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      CONSTRAINT approval_step_uq UNIQUE (record_id, step),
      CONSTRAINT approval_pemda_id_uq UNIQUE (pemda_id, id),
      CONSTRAINT approval_record_fk FOREIGN KEY (pemda_id, record_id) REFERENCES record (pemda_id, id),
      CONSTRAINT approval_scope_fk FOREIGN KEY (pemda_id, scope_pd_id) REFERENCES perangkat_daerah (pemda_id, id)
    )`,
    sql`CREATE INDEX approval_pending_idx ON approval (pemda_id, scope_pd_id) WHERE status = 'pending'`,
    sql`CREATE TABLE approval_decision (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      pemda_id uuid NOT NULL,
      approval_id uuid NOT NULL,
      user_id uuid NOT NULL,
      decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
      reason text NOT NULL CHECK (length(btrim(reason)) >= 3),
      decided_at timestamptz NOT NULL,
      signed_payload text NOT NULL,
      signature text NOT NULL,
      signing_key_id uuid NOT NULL REFERENCES user_signing_key(id),
      CONSTRAINT approval_decision_uq UNIQUE (approval_id, user_id),
      CONSTRAINT approval_decision_approval_fk FOREIGN KEY (pemda_id, approval_id) REFERENCES approval (pemda_id, id),
      CONSTRAINT approval_decision_user_fk FOREIGN KEY (pemda_id, user_id) REFERENCES app_user (pemda_id, id)
    )`,

    // Requests already waiting for approval get their approval step.
    sql`INSERT INTO approval (pemda_id, record_id, step, purpose, approver_roles, scope_pd_id, quorum, status)
      SELECT t.pemda_id, t.id, 1, 'ticket.request', ARRAY['pj_layanan', 'pimpinan_pd'], s.provider_pd_id, 1, 'pending'
      FROM ticket t JOIN service s ON s.id = t.service_id WHERE t.status = 'awaiting_approval'`,

    // The second record kind: problems (SPEC §3.7). Number, title, status and version live in `record`.
    sql`CREATE TABLE problem (
      id uuid PRIMARY KEY,
      pemda_id uuid NOT NULL,
      origin text NOT NULL CHECK (origin IN ('proactive', 'incidents')),
      service_id uuid,
      category text,
      impact text NOT NULL CHECK (impact IN ('mayor', 'minor')),
      urgency smallint NOT NULL CHECK (urgency BETWEEN 1 AND 3),
      priority text NOT NULL,
      estimate_hours integer CHECK (estimate_hours > 0),
      assignee_id uuid,
      description text NOT NULL,
      symptom text,
      cause text,
      cause_category text CHECK (cause_category IN ('people', 'process', 'technology', 'vendor', 'environment')),
      whys jsonb NOT NULL DEFAULT '[]',
      workaround text,
      fix_plan text,
      resolution text,
      created_by uuid,
      resolved_at timestamptz,
      closed_at timestamptz,
      CONSTRAINT problem_record_fk FOREIGN KEY (pemda_id, id) REFERENCES record (pemda_id, id),
      CONSTRAINT problem_service_fk FOREIGN KEY (pemda_id, service_id) REFERENCES service (pemda_id, id),
      CONSTRAINT problem_assignee_fk FOREIGN KEY (pemda_id, assignee_id) REFERENCES app_user (pemda_id, id),
      CONSTRAINT problem_created_by_fk FOREIGN KEY (pemda_id, created_by) REFERENCES app_user (pemda_id, id)
    )`,
    // The problem queue: a kind's records of a Pemda, open first, newest first.
    sql`CREATE INDEX record_kind_list_idx ON record (pemda_id, kind, created_at DESC) WHERE kind <> 'ticket'`,
  ];
  for (const statement of statements) await statement.execute(db);
}
