import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `auth` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  title: 'Sign in to Sigap',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  demoHint: 'Demo: admin@demo.sigap.id / sigap-demo',
  changePassword: 'Change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: 'At least 10 characters. Your sessions on other devices will end.',
  passwordChanged: 'Password changed.',
  publicReport: 'Public service complaint',
};

export default en;
