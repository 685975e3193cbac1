import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session';

export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const me = useMe();
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('welcome', { name: me.user.name })}
      </Title>
      <Card withBorder>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{t('pemda')}:</Text>
            <Text>{me.pemda.name}</Text>
            <Badge variant="light">{t(`common:timeZones.${me.pemda.timeZone}`)}</Badge>
          </Group>
          {me.user.perangkatDaerahName && (
            <Group gap="xs">
              <Text fw={600}>{t('homePd')}:</Text>
              <Text>{me.user.perangkatDaerahName}</Text>
            </Group>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('yourRoles')}
        </Title>
        {me.user.roles.length === 0 ? (
          <Text c="dimmed">{t('noRoles')}</Text>
        ) : (
          <List spacing="xs" aria-label={t('yourRoles')}>
            {me.user.roles.map((r) => (
              <List.Item key={r.id}>
                <Text span fw={500}>
                  {t(`common:roles.${r.role}`)}
                </Text>{' '}
                <Text span c="dimmed">
                  — {r.perangkatDaerahName ?? t('wholePemda')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}
