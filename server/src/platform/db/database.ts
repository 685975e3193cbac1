import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** The database as the modules see it. A route takes it only to hand it to its services. */
export type Db = Kysely<Database>;
