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
  outOfRange: 'Enter a number from {{min}} to {{max}}.',
  invalid: 'Enter a valid number.',
  working: 'Working hours',
  clock: {
    response: 'Response clock',
    resolution: 'Resolution clock',
    fulfilment: 'Fulfilment clock',
  },
  sop: {
    title: 'SOP step time standards',
    hint: 'The time standard of each step of the SPBE service management SOP (Bantul Regent Decree 218/2024). Delivery uses the work plan’s time (1–14 working days) when there is one.',
    flowA: 'A. Serving SPBE users',
    flowB: 'B. SPBE service operation',
    step: 'Step',
    value: 'Time',
    unit: 'Unit',
    units: {
      minutes: 'minutes',
      hours: 'hours',
      days: 'calendar days',
      working_days: 'working days',
    },
    steps: {
      A: {
        submit: 'Request submitted',
        triage: 'Recorded, classified and prioritised',
        plan: 'Identified and planned (work order)',
        deliver: 'Service delivered',
        survey: 'Satisfaction survey',
        document: 'Service documented',
      },
      B: {
        submit: 'Operation request submitted',
        triage: 'Recorded, classified and prioritised',
        plan: 'Identified and planned (work order)',
        deliver: 'Operation carried out',
        survey: 'Operation monitored (survey)',
        document: 'Documented',
      },
    },
  },
};

export default en;
