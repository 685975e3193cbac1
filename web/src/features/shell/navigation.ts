import type { Permission } from '@sigap/core';
import {
  IconBook,
  IconCalendarTime,
  IconBuildingCommunity,
  IconBug,
  IconClockPlay,
  IconHeadset,
  IconHome,
  IconShieldCheck,
  IconTicket,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Resources } from '../../i18n/namespaces';

export interface NavItem {
  to: string;
  labelKey: `nav.${keyof Resources['common']['nav']}`;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Shown only to those who hold it; absent = every signed-in user. */
  permission?: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: IconHome },
  { to: '/katalog', labelKey: 'nav.catalog', icon: IconBook },
  { to: '/tiket-saya', labelKey: 'nav.myTickets', icon: IconTicket },
  { to: '/antrean', labelKey: 'nav.queue', icon: IconHeadset, permission: 'tickets.handle' },
  { to: '/masalah', labelKey: 'nav.problems', icon: IconBug, permission: 'problems.read' },
  { to: '/organisasi', labelKey: 'nav.organisation', icon: IconBuildingCommunity, permission: 'organisation.manage' },
  { to: '/kalender', labelKey: 'nav.calendar', icon: IconCalendarTime, permission: 'calendar.manage' },
  { to: '/pengguna', labelKey: 'nav.users', icon: IconUsers, permission: 'users.read' },
  { to: '/audit', labelKey: 'nav.audit', icon: IconShieldCheck, permission: 'audit.read' },
  { to: '/pekerjaan-latar', labelKey: 'nav.jobs', icon: IconClockPlay, permission: 'organisation.manage' },
];
