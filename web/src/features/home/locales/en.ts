import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `home` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  welcome: 'Welcome, {{name}}',
  yourRoles: 'Your roles',
  noRoles: 'You have no roles yet. Ask your Pemda administrator.',
  wholePemda: 'Whole Pemda',
  pemda: 'Local government',
  homePd: 'Home unit',
};

export default en;
