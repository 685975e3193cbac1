import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type WorkingCalendarDto } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';
import { RequirePermission } from '../shell/Forbidden';
import { PolicySection } from '../sla/PolicySection';
import { SopSection } from '../sla/SopSection';
import { CalendarForm } from './CalendarForm';
import { HolidaySection } from './HolidaySection';

export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const calendars = useQuery({ queryKey: ['calendars'], queryFn: () => api.GET('/calendars') });
  const [adding, setAdding] = useState(false);
  return (
    <RequirePermission permission="calendar.manage">
      <Stack maw={1000}>
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('common:nav.calendar')}
          </Title>
          {!adding && <Button onClick={() => setAdding(true)}>{t('newCalendar')}</Button>}
        </Group>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        {adding && (
          <Card withBorder component="section" aria-label={t('newCalendar')}>
            <Stack>
              <Title order={2} size="h4">
                {t('newCalendar')}
              </Title>
              <CalendarForm onDone={() => setAdding(false)} />
              <Button variant="subtle" w="fit-content" onClick={() => setAdding(false)}>
                {t('common:cancel')}
              </Button>
            </Stack>
          </Card>
        )}
        {calendars.data?.map((c) => (
          <CalendarCard key={`${c.id}-${c.version}`} calendar={c} />
        ))}
        <HolidaySection />
        <PolicySection />
        <SopSection />
      </Stack>
    </RequirePermission>
  );
}

function CalendarCard({ calendar }: { calendar: WorkingCalendarDto }) {
  const { t } = useTranslation(['calendar', 'common']);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.DELETE('/calendars/{id}', { params: { path: { id: calendar.id } } }),
    onSuccess: () => (showSaved(t('deleted')), queryClient.invalidateQueries({ queryKey: ['calendars'] })),
    onError: (e) => showProblem(e),
  });
  return (
    <Card withBorder component="section" aria-label={calendar.name}>
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {calendar.name}
          </Title>
          <Group gap="xs">
            {calendar.isDefault && <Badge variant="light">{t('default')}</Badge>}
            <Badge variant="outline" tt="none">
              {t('usedBy', { count: calendar.serviceCount })}
            </Badge>
          </Group>
        </Group>
        <CalendarForm calendar={calendar} />
        {!calendar.isDefault && (
          <Button
            variant="subtle"
            color="red"
            w="fit-content"
            disabled={calendar.serviceCount > 0}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {calendar.serviceCount > 0 ? t('deleteInUse') : t('deleteCalendar')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
