import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `users` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  name: 'Full name',
  add: 'Add user',
  edit: 'Edit user',
  title: 'Users & roles',
  email: 'E-mail',
  password: 'Initial password',
  newPassword: 'New password',
  wholePemda: 'Whole Pemda',
  homePd: 'Unit',
  roles: 'Roles',
  nip: 'NIP',
  nipHint: '18 digits; civil servant or PPPK',
  phone: 'Phone',
  addRole: 'Assign role',
  role: 'Role',
  scope: 'Scope',
  removeRole: 'Remove role {{role}}',
  resetPassword: 'Reset password',
  passwordReset: 'Password reset; the user’s sessions were ended.',
  filterRole: 'Filter by role',
  filterPd: 'Filter by unit',
  noPd: '— None —',
};

export default en;
