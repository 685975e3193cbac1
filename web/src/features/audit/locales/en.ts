import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `audit` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  title: 'Audit trail',
  verify: 'Verify integrity',
  intact: 'Hash chain intact: {{count}} records checked.',
  broken: 'Hash chain BROKEN at record #{{seq}} ({{reason}}). Records before it are intact ({{count}}).',
  seq: '#',
  pending: 'Waiting to be linked into the hash chain',
  time: 'Time',
  actor: 'Actor',
  action: 'Action',
  entity: 'Object',
  details: 'Details',
  before: 'Before',
  after: 'After',
  system: 'System',
};

export default en;
