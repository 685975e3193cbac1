import { type Kysely, sql } from 'kysely';

/**
 * Bantul SOP steps (Kep. Bupati Bantul 218/2024): operation requests (*permohonan pengoperasian
 * layanan*, section B) become a third ticket kind with their own number series (OPR-…), and each
 * Pemda keeps its own time standard for every step (A.1–A.6, B.1–B.5; the SOP's until it sets
 * its own). A ticket's step is derived from its timeline, so nothing else is stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE ticket DROP CONSTRAINT ticket_kind_check`,
    sql`ALTER TABLE ticket ADD CONSTRAINT ticket_kind_check CHECK (kind IN ('incident', 'request', 'operation'))`,
    sql`CREATE TABLE sop_setting (
      pemda_id uuid PRIMARY KEY REFERENCES pemda(id),
      standards jsonb NOT NULL,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid,
      CONSTRAINT sop_setting_updated_by_fk FOREIGN KEY (pemda_id, updated_by) REFERENCES app_user (pemda_id, id)
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
