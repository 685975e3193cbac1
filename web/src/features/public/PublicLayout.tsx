import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** Pages anyone can open on a phone: report, track. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation(['public', 'common']);
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)">
      <Box component="header" bg="white" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={700}>{t('common:app.name')}</Text>
            <Group gap="sm" wrap="nowrap">
              <Anchor component={Link} to="/lacak" size="sm">
                {t('track')}
              </Anchor>
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="sm" py="md" component="main">
        {children}
      </Container>
      <Container size="sm" pb="md">
        <Anchor component={Link} to="/masuk" size="xs">
          {t('signIn')}
        </Anchor>
      </Container>
    </Box>
  );
}
