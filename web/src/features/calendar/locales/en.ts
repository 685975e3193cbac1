import type { Translation } from '../../../i18n/types';
import type id from './id';

/** Namespace `calendar` in English; the compiler checks it has exactly the keys of ./id. */
const en: Translation<typeof id> = {
  intro:
    "Every service in the catalog runs on one working calendar: its response and resolution targets are counted in that calendar's working hours. Changes apply from the next ticket on.",
  newCalendar: 'New calendar',
  create: 'Create calendar',
  calendarName: 'Calendar name',
  name: 'Name',
  type: 'Kind',
  default: 'default',
  usedBy: 'Used by services: {{count}}',
  alwaysOn: '24×7 service',
  alwaysOnHint: 'Every moment counts as working time (Kritis services).',
  observesHolidays: "Follow the Pemda's holidays",
  observesHolidaysHint: 'Turn off for a service that stays open on holidays, such as a hospital.',
  weeklyHours: 'Weekly working hours',
  weekTotal: '{{hours}} a week in all',
  dayOff: 'Day off',
  hint: 'Write working hours as comma-separated ranges, e.g. 07:30–12:00, 13:00–16:00 (07.30 works too). Leave empty for a day off.',
  periodLabel: 'Period with its own hours {{n}}',
  periodName: 'Period name (e.g. Ramadan 1448 H)',
  periodFrom: 'From',
  periodTo: 'Until',
  periodAdd: 'Add a period with its own hours',
  periodRemove: 'Remove period',
  ramadanHours: 'Fill in Ramadan hours (32.5 hours a week)',
  deleteCalendar: 'Delete calendar',
  deleteInUse: 'Cannot be deleted: services still use it',
  deleted: 'Working calendar deleted.',
  holidays: 'Public holidays, collective leave and regional holidays',
  year: 'Year',
  date: 'Date',
  halfDay: 'Half day',
  halfDayHint: 'Only part of the day is off, e.g. leaving early.',
  halfDayOff: 'Off {{start}}–{{end}}',
  offFrom: 'Off from',
  offUntil: 'Until',
  import: 'Import public holidays and collective leave (CSV)',
  importHint:
    "One line per date: date,name,kind (nasional or cuti_bersama; semicolons work too). Replaces this year's earlier import; holidays added by hand stay.",
  importButton: 'Import for {{year}}',
  kinds: {
    nasional: 'Public holiday',
    cuti_bersama: 'Collective leave (cuti bersama)',
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
