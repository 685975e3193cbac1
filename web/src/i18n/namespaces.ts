import type audit from '../features/audit/locales/id';
import type auth from '../features/auth/locales/id';
import type calendar from '../features/calendar/locales/id';
import type catalog from '../features/catalog/locales/id';
import type home from '../features/home/locales/id';
import type jobs from '../features/jobs/locales/id';
import type organisation from '../features/organisation/locales/id';
import type problems from '../features/problems/locales/id';
import type publicPortal from '../features/public/locales/id';
import type records from '../features/records/locales/id';
import type sla from '../features/sla/locales/id';
import type superadmin from '../features/superadmin/locales/id';
import type tickets from '../features/tickets/locales/id';
import type users from '../features/users/locales/id';
import type common from './common/id';

/** Every namespace, typed by its Bahasa Indonesia messages: `t('…')` with a key that is not there fails `tsc`. */
export interface Resources {
  common: typeof common;
  audit: typeof audit;
  auth: typeof auth;
  calendar: typeof calendar;
  catalog: typeof catalog;
  home: typeof home;
  jobs: typeof jobs;
  organisation: typeof organisation;
  problems: typeof problems;
  public: typeof publicPortal;
  records: typeof records;
  sla: typeof sla;
  superadmin: typeof superadmin;
  tickets: typeof tickets;
  users: typeof users;
}

export type Namespace = keyof Resources;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
