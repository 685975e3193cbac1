import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Ticket } from '@sigap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration } from '../../lib/time';

/** Each target with its due time and the time left (or overdue), refreshed every minute. */
export function DueTimers({ ticket, timeZone }: { ticket: Ticket; timeZone: string }) {
  const { t } = useTranslation('tickets');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const open = !ticket.resolvedAt && !ticket.closedAt;

  const timer = (label: 'response' | 'resolution' | 'fulfilment', due: string, doneAt: string | null) => {
    const dueMs = new Date(due).getTime();
    let state: { text: string; color: string };
    if (doneAt) {
      const met = new Date(doneAt).getTime() <= dueMs;
      state = { text: `${formatDateTime(doneAt, timeZone)} — ${met ? t('met') : t('missed')}`, color: met ? 'teal' : 'red' };
    } else if (ticket.pausedSince && label !== 'response') {
      state = { text: t('paused'), color: 'yellow' };
    } else if (!open) {
      state = { text: '—', color: 'dimmed' };
    } else if (dueMs >= now) {
      state = { text: t('left', { time: formatDuration(dueMs - now) }), color: dueMs - now < 15 * 60_000 ? 'orange' : 'teal' };
    } else {
      state = { text: t('overdue', { time: formatDuration(now - dueMs) }), color: 'red' };
    }
    return (
      <Paper withBorder p="xs" key={label} miw={200} style={{ flex: 1 }}>
        <Text size="xs" c="dimmed">
          {t(`${label}Due`)}
        </Text>
        <Text size="sm" fw={600}>
          {formatDateTime(due, timeZone)}
        </Text>
        <Text size="sm" c={state.color} data-testid={`due-${label}`}>
          {state.text}
        </Text>
      </Paper>
    );
  };

  return (
    <Stack gap={4}>
      <Group align="stretch" wrap="wrap">
        {timer('response', ticket.responseDueAt, ticket.firstResponseAt)}
        {timer('resolution', ticket.resolutionDueAt, ticket.resolvedAt)}
        {ticket.fulfilmentDueAt && timer('fulfilment', ticket.fulfilmentDueAt, ticket.resolvedAt)}
      </Group>
    </Stack>
  );
}
