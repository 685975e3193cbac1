import { ActionIcon, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/time';
import { useMe } from '../auth/session';
import { recordPath } from '../records/paths';

/** In-app notifications; polled every minute. */
export function NotificationBell() {
  const { t } = useTranslation('common');
  const tz = useMe().pemda.timeZone;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api.GET('/notifications', { params: { query: { pageSize: 20 } } }),
    refetchInterval: 60_000,
  });
  const read = useMutation({
    mutationFn: (id: string) => api.POST('/notifications/{id}/read', { params: { path: { id } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = list.data?.unread ?? 0;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md">
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('nav.notifications', { count: unread })}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0}>
            {(list.data?.items ?? []).length === 0 && (
              <Text p="md" c="dimmed" size="sm">
                {t('empty')}
              </Text>
            )}
            {list.data?.items.map((n) => (
              <UnstyledButton
                key={n.id}
                p="sm"
                style={{
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: n.readAt ? undefined : 'var(--mantine-color-indigo-0)',
                }}
                onClick={() => {
                  if (!n.readAt) read.mutate(n.id);
                  setOpened(false);
                  if (n.recordId && n.recordKind) void navigate({ to: recordPath({ id: n.recordId, kind: n.recordKind }) });
                }}
              >
                <Text size="sm" fw={n.readAt ? 400 : 600}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt, tz)}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
