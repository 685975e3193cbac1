import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `catalog` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  name: 'Name',
  catalog: 'Service catalog',
  report: 'Report a problem',
  request: 'Request a service',
  requestType: 'Request type',
  description: 'Symptoms or what you need',
  serviceHelp: 'Help contact: {{contact}}',
  classification: 'Classification',
  serviceType: 'Service type',
  availability: 'Availability target',
  access: 'How to access',
  helpdeskHours: 'Help-desk hours',
  provider: 'Provider',
  serviceAdmins: 'Service administrators',
  infraAdmins: 'Infrastructure/application administrators',
  recovery: 'RPO {{rpo}} min · RTO {{rto}} min · DRP {{drp}}',
  requestTypes: 'Request types',
  fulfilment: 'target {{time}}',
  needsApproval: 'needs approval',
  fulfilmentMinutes: 'Fulfilment target (working minutes)',
};

export default en;
