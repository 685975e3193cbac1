import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema';

/** A problem's own columns (migration 0013); its number, title, status and version live in `record`. */
export type ProblemTable = {
  id: string;
  pemda_id: string;
  origin: 'proactive' | 'incidents';
  service_id: string | null;
  category: string | null;
  impact: 'mayor' | 'minor';
  urgency: number;
  priority: string;
  estimate_hours: number | null;
  assignee_id: string | null;
  description: string;
  symptom: string | null;
  cause: string | null;
  cause_category: 'people' | 'process' | 'technology' | 'vendor' | 'environment' | null;
  whys: unknown;
  workaround: string | null;
  fix_plan: string | null;
  resolution: string | null;
  created_by: string | null;
  resolved_at: Date | null;
  closed_at: Date | null;
};

export type ProblemTables = {
  problem: ProblemTable;
};

/** The module's view of the database: the shared tables and its own. */
export const problemDb = (db: Kysely<Database>) => db.withTables<ProblemTables>();
export type ProblemDb = ReturnType<typeof problemDb>;
