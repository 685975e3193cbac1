import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `audit` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  title: 'Audit trail',
  verify: 'Verify integrity',
  intact: 'Hash chain intact: {{count}} records checked.',
  broken: 'Hash chain BROKEN at record #{{seq}}: {{reason}}. Records before it are intact ({{count}}).',
  reasons: {
    hash_mismatch: 'the record’s content was changed',
    link_mismatch: 'its link to the record before was changed',
    sequence_gap: 'a record is missing',
    truncated: 'the newest records were deleted — the chain is shorter than its checkpoint',
    rehashed: 'history was rewritten and its hashes recomputed — it no longer matches its checkpoint',
  },
  anchored: 'Compared with {{count}} signed checkpoints kept outside the database; latest: record #{{seq}}, {{time}}.',
  notAnchored: 'No checkpoint outside the database yet: the chain was checked against itself only.',
  invalidAnchors: '{{count}} stored checkpoints do not carry a valid signature (altered, forged, or another key’s).',
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
