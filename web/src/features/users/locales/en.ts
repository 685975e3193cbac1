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
  staffing: {
    allStaffed: 'Every service desk and approval step has someone to act.',
    title: 'Staffing check: {{count}} service desks or approval steps with nobody to act',
    intro:
      'Tickets that reach these cannot be moved by anyone in that unit. The Pemda’s administrators also get this notice every morning.',
    desk: 'Service Desk Tier {{tier}} of {{pd}}',
    approval: 'Service request approval at {{pd}}',
    fallback: {
      tier2: 'Meanwhile its tickets go to Service Desk Tier 2 at Diskominfo.',
      koordinator: 'Meanwhile the Koordinator Service Desk is asked to take its tickets.',
      diskominfo: 'Meanwhile Diskominfo’s officials decide.',
      none: 'Nobody can take over its tickets.',
    },
    give: 'Give someone the role {{roles}}.',
    or: ' or ',
    waiting: '{{count}} tickets are waiting.',
    showPd: 'Show this unit’s users',
  },
  noPd: '— None —',
};

export default en;
