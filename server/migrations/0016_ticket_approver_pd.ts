import { type Kysely, sql } from 'kysely';

/**
 * The PD whose approvers decide a request's approval step (issue 17, item 5). It is the providing
 * PD's unless that PD has no approver, when Diskominfo's decide instead; the ticket page and who
 * may approve read it. Null on tickets opened before: the providing PD's, as it was then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE ticket ADD COLUMN approver_pd_id uuid`,
    // The column is new and empty: validating the key reads the table without blocking writes.
    sql`ALTER TABLE ticket ADD CONSTRAINT ticket_approver_pd_fk FOREIGN KEY (pemda_id, approver_pd_id)
      REFERENCES perangkat_daerah (pemda_id, id) NOT VALID`,
    sql`ALTER TABLE ticket VALIDATE CONSTRAINT ticket_approver_pd_fk`,
  ];
  for (const statement of statements) await statement.execute(db);
}
