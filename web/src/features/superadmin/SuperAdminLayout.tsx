import { AppShell, Badge, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingCommunity, IconChevronDown, IconLogout, IconShieldCheck, IconUserCircle } from '@tabler/icons-react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { operatorMeQuery, useOperatorLogout } from './api';

const NAV = [
  { to: '/superadmin', key: 'nav.pemda', icon: IconBuildingCommunity },
  { to: '/superadmin/audit', key: 'nav.audit', icon: IconShieldCheck },
  { to: '/superadmin/akun', key: 'nav.account', icon: IconUserCircle },
] as const;

/** The deployment's own area: its Pemda, its audit trail and the super-administrator's account. */
export function SuperAdminLayout() {
  const { t } = useTranslation(['superadmin', 'common']);
  const me = useSuspenseQuery(operatorMeQuery).data;
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const logout = useOperatorLogout();
  const navigate = useNavigate();
  const active = (to: string) =>
    to === '/superadmin' ? pathname === to || pathname.startsWith('/superadmin/pemda') : pathname.startsWith(to);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common:nav.toggle')} />
            <Text fw={700} size="lg">
              {t('common:app.name')}
            </Text>
            <Badge variant="filled" color="grape.9" visibleFrom="xs">
              {t('area')}
            </Badge>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label={me.name}>
                  <Group gap={4} wrap="nowrap">
                    <IconUserCircle size={22} />
                    <Text size="sm" visibleFrom="sm" truncate maw={180}>
                      {me.name}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('role')}</Menu.Label>
                <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => void navigate({ to: '/superadmin/akun' })}>
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={16} />}
                  onClick={() => logout.mutate(undefined, { onSettled: () => void navigate({ to: '/superadmin/masuk' }) })}
                >
                  {t('nav.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.menu')}>
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.key)}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={active(item.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<Text c="dimmed">{t('common:loading')}</Text>}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
