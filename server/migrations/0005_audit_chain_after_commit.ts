import { type Kysely, sql } from 'kysely';

/**
 * Audit records are written unchained inside the transaction they describe and chained right
 * after it commits (platform/audit/chainer.ts). Before, every write took the Pemda's chain lock
 * and held it until commit, so all writers of one Pemda queued behind each other.
 *
 * The append-only trigger now allows exactly one update per record: setting seq, prev_hash and
 * hash on a record that has none, with every other column unchanged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey`.execute(db);
  await sql`ALTER TABLE audit_log ADD COLUMN id bigserial PRIMARY KEY`.execute(db);
  await sql`ALTER TABLE audit_log ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL`.execute(
    db,
  );
  await sql`ALTER TABLE audit_log ADD CONSTRAINT audit_log_seq_key UNIQUE (pemda_id, seq)`.execute(db);
  await sql`ALTER TABLE audit_log ADD CONSTRAINT audit_log_chained_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))`.execute(
    db,
  );
  await sql`CREATE INDEX audit_log_pending_idx ON audit_log (pemda_id, id) WHERE seq IS NULL`.execute(db);
  await sql`CREATE INDEX audit_log_recent_idx ON audit_log (pemda_id, id)`.execute(db);
  await sql`DROP INDEX audit_log_entity_idx`.execute(db);
  await sql`CREATE INDEX audit_log_entity_idx ON audit_log (pemda_id, entity_type, entity_id, id)`.execute(db);
  await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
         AND (NEW.id, NEW.pemda_id, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.entity_type,
              NEW.entity_id, NEW.before, NEW.after, NEW.request_id)
             IS NOT DISTINCT FROM
             (OLD.id, OLD.pemda_id, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.entity_type,
              OLD.entity_id, OLD.before, OLD.after, OLD.request_id) THEN
        RETURN NEW;
      END IF;
      RAISE EXCEPTION 'audit_log is append-only';
    END;
  $$`.execute(db);
}
