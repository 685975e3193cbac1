import { Button, Card, Checkbox, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PRIORITIES, SUPPORT_LINE_ROLES, SUPPORT_LINES, TICKET_KINDS, TICKET_STATUSES } from '@sigap/core';
import { IconPhone, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../shell/Forbidden';
import { usePerangkatDaerahOptions } from '../organisation/api';
import { useDeskAgents, useTicketList } from './api';
import { TicketTable } from './TicketTable';

const PAGE_SIZE = 25;

/** The agent console's queue: filtered server-side, soonest due first. */
export function QueuePage() {
  return (
    <RequirePermission permission="tickets.handle">
      <Queue />
    </RequirePermission>
  );
}

function Queue() {
  const { t } = useTranslation(['tickets', 'common']);
  const pds = usePerangkatDaerahOptions();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [status, setStatus] = useState<string>('open');
  const [priority, setPriority] = useState<string | null>(null);
  const [tier, setTier] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [line, setLine] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const agents = useDeskAgents();
  const [pdId, setPdId] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const list = useTicketList({
    scope: mine ? 'mine' : 'queue',
    status: status as never,
    ...(q ? { q } : {}),
    ...(priority ? { priority: priority as never } : {}),
    ...(tier ? { tier: Number(tier) } : {}),
    ...(kind ? { kind: kind as never } : {}),
    ...(line ? { supportLine: line as never } : {}),
    ...(assignee ? { assigneeId: assignee } : {}),
    ...(pdId ? { perangkatDaerahId: pdId } : {}),
    page,
    pageSize: PAGE_SIZE,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('queue')}
        </Title>
        <Button
          onClick={() => void navigate({ to: '/tiket-baru', search: { catat: '1' } })}
          leftSection={<IconPhone size={16} />}
          variant="light"
        >
          {t('recordReport')}
        </Button>
      </Group>
      <Card withBorder>
        <Stack>
          <Group grow wrap="wrap" align="flex-end">
            <TextInput
              aria-label={t('common:search')}
              placeholder={t('common:searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => reset(setSearch)(e.currentTarget.value)}
              miw={180}
            />
            <Select
              aria-label={t('filterStatus')}
              data={(['open', ...TICKET_STATUSES, 'all'] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              value={status}
              onChange={(v) => v && reset(setStatus)(v)}
              allowDeselect={false}
              miw={200}
            />
            <Select
              aria-label={t('filterPriority')}
              placeholder={t('filterPriority')}
              data={[...PRIORITIES]}
              value={priority}
              onChange={reset(setPriority)}
              clearable
              miw={110}
            />
            <Select
              aria-label={t('filterTier')}
              placeholder={t('filterTier')}
              data={['1', '2'].map((v) => ({ value: v, label: t('tier', { tier: v }) }))}
              value={tier}
              onChange={reset(setTier)}
              clearable
              miw={100}
            />
            <Select
              aria-label={t('filterKind')}
              placeholder={t('filterKind')}
              data={TICKET_KINDS.map((v) => ({ value: v, label: t(`kinds.${v}`) }))}
              value={kind}
              onChange={reset(setKind)}
              clearable
              miw={150}
            />
            <Select
              aria-label={t('supportLine')}
              placeholder={t('supportLine')}
              data={SUPPORT_LINES.map((v) => ({ value: v, label: t(`common:roles.${SUPPORT_LINE_ROLES[v][0]}`) }))}
              value={line}
              onChange={reset(setLine)}
              clearable
              miw={200}
            />
            <Select
              aria-label={t('assignee')}
              placeholder={t('assignee')}
              data={(agents.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={assignee}
              onChange={reset(setAssignee)}
              clearable
              searchable
              miw={180}
            />
            <Select
              aria-label={t('handlingPd')}
              placeholder={t('handlingPd')}
              data={pds}
              value={pdId}
              onChange={reset(setPdId)}
              clearable
              searchable
              miw={180}
            />
          </Group>
          <Checkbox label={t('mine')} checked={mine} onChange={(e) => reset(setMine)(e.currentTarget.checked)} />
          <TicketTable
            items={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            totalCapped={list.data?.totalCapped ?? false}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={setPage}
            showDesk
          />
        </Stack>
      </Card>
    </Stack>
  );
}
