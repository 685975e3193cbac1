import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_service_desk';

/** Every migration, in order. A test checks this list against the folder. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_service_desk': m0002,
};
