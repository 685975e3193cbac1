import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `public` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  title: 'Short title',
  email: 'E-mail',
  submit: 'Submit',
  phone: 'Phone/WhatsApp',
  service: 'Service',
  description: 'Symptoms or what you need',
  impact: 'Impact',
  urgency: 'Urgency',
  submitted: 'Ticket {{number}} received.',
  satisfied: 'Satisfied',
  notSatisfied: 'Not satisfied',
  trackingCode: 'Tracking code',
  trackingHint: 'Keep this code to follow your report and confirm its resolution.',
  track: 'Track a report',
  trackPrompt: 'Enter your tracking code',
  publicReportTitle: 'Public service complaint',
  publicReportIntro: 'Report a disruption of a local government public service. No account needed.',
  yourName: 'Your name',
  signIn: 'Staff sign-in',
  serviceHelp: 'Help contact: {{contact}}',
};

export default en;
