import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/session';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack maw={720}>
      <Title order={1} size="h2">
        {t('home.welcome', { name: me.user.name })}
      </Title>
      <Card withBorder>
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{t('home.pemda')}:</Text>
            <Text>{me.pemda.name}</Text>
            <Badge variant="light">{t(`timeZones.${me.pemda.timeZone}`)}</Badge>
          </Group>
          {me.user.perangkatDaerahName && (
            <Group gap="xs">
              <Text fw={600}>{t('home.homePd')}:</Text>
              <Text>{me.user.perangkatDaerahName}</Text>
            </Group>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('home.yourRoles')}
        </Title>
        {me.user.roles.length === 0 ? (
          <Text c="dimmed">{t('home.noRoles')}</Text>
        ) : (
          <List spacing="xs" aria-label={t('home.yourRoles')}>
            {me.user.roles.map((r) => (
              <List.Item key={r.id}>
                <Text span fw={500}>
                  {t(`roles.${r.role}`)}
                </Text>{' '}
                <Text span c="dimmed">
                  — {r.perangkatDaerahName ?? t('home.wholePemda')}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </Stack>
  );
}
