import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `sla` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  calendar: 'Clock time (24 h)',
  title: 'Priority matrix and service targets',
  impact: 'Impact',
  serviceType: 'Service type',
  response: 'Response target per priority (minutes)',
  resolution: 'Resolution target per urgency (hours)',
  maxResponse: 'Maximum response bound (minutes)',
  reportBackdate: 'Report time at most (days back)',
  reportBackdateHint: 'For letters and calls recorded afterwards; 0 = not allowed.',
  escalationShare: 'Escalate automatically at (% of target time)',
  autoClose: 'Close automatically after (working days)',
  working: 'Working hours',
  clock: {
    response: 'Response clock',
    resolution: 'Resolution clock',
    fulfilment: 'Fulfilment clock',
  },
};

export default en;
