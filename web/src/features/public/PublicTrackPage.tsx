import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { Comments, Timeline } from '../records';
import { ConfirmForm } from '../tickets/ConfirmForm';
import { SopSteps } from '../tickets/SopSteps';
import { StatusBadge } from '../tickets/badges';
import { usePublicAction, usePublicTicket } from '../tickets/api';
import { useTicketStatusName } from '../tickets/labels';
import { PublicLayout } from './PublicLayout';

// Public pages have no Pemda session; show times in WIB unless the browser says otherwise.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Jakarta';

export function PublicTrackPage() {
  const { code }: { code?: string } = useParams({ strict: false });
  const navigate = useNavigate();
  const { t } = useTranslation(['public', 'common']);
  const [input, setInput] = useState(code ?? '');
  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('track')}
        </Title>
        <Group align="flex-end">
          <TextInput
            label={t('trackPrompt')}
            value={input}
            onChange={(e) => setInput(e.currentTarget.value.toUpperCase().trim())}
            maxLength={10}
          />
          <Button onClick={() => void navigate({ to: '/lacak/$code', params: { code: input } })} disabled={input.length !== 10}>
            {t('track')}
          </Button>
        </Group>
        {code && <TrackedTicket code={code} />}
      </Stack>
    </PublicLayout>
  );
}

function TrackedTicket({ code }: { code: string }) {
  const { t } = useTranslation(['public', 'common']);
  const ticket = usePublicTicket(code);
  const act = usePublicAction(code);
  const statusName = useTicketStatusName();
  if (ticket.isError) return <Alert color="red">{t('common:errors.notFound')}</Alert>;
  if (!ticket.data) return <Text c="dimmed">{t('common:loading')}</Text>;
  const tk = ticket.data;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} c="dimmed">
              {tk.number}
            </Text>
            <StatusBadge status={tk.status} />
            {tk.satisfaction && (
              <Badge color={tk.satisfaction === 'puas' ? 'teal' : 'orange'}>
                {tk.satisfaction === 'puas' ? t('satisfied') : t('notSatisfied')}
              </Badge>
            )}
          </Group>
          <Title order={2} size="h4">
            {tk.title}
          </Title>
          <Text size="sm" c="dimmed">
            {tk.serviceName}
          </Text>
        </Stack>
      </Paper>
      <SopSteps recordId={tk.number} sop={tk.sop} timeZone={zone} />
      {tk.allowedActions.includes('confirm') && (
        <ConfirmForm
          busy={act.isPending}
          onConfirm={(v) =>
            act.mutate({ action: 'confirm', ...v, version: tk.version }, { onSuccess: () => showSaved(), onError: (e) => showProblem(e) })
          }
        />
      )}
      <Paper withBorder p="md">
        <Stack>
          <Timeline events={tk.events} timeZone={zone} statusName={statusName} />
          {tk.allowedActions.includes('comment') && (
            <Comments
              recordId={`public.${code}`}
              agent={false}
              send={(body) => act.mutateAsync({ action: 'comment', body, visibility: 'public', version: tk.version })}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
