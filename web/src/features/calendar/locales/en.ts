import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `calendar` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  name: 'Name',
  type: 'Type',
  default: 'default',
  alwaysOn: '24×7 service',
  dayOff: 'Day off',
  hint: 'Write working hours as comma-separated ranges, e.g. 07:30-12:00, 13:00-16:00. Leave empty for a day off.',
  holidays: 'National holidays, cuti bersama and regional holidays',
  year: 'Year',
  date: 'Date',
  import: 'Import national holidays and cuti bersama (CSV)',
  importHint: 'One line per date: date,name,kind (nasional or cuti_bersama). Replaces this year’s earlier import; regional entries stay.',
  importButton: 'Import for {{year}}',
  kinds: {
    nasional: 'National holiday',
    cuti_bersama: 'Cuti bersama',
    daerah: 'Regional holiday',
  },
  days: {
    sun: 'Sunday',
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
  },
};

export default en;
