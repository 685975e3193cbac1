import { Anchor, Button, Card, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { showSaved } from '../../lib/forms';
import { formatDateTime } from '../../lib/time';
import { useCan, useMe } from '../auth/session';
import { RequirePermission } from '../shell/Forbidden';
import { PriorityBadge } from '../tickets/badges';
import { useProblemList } from './api';
import { ProblemStatusBadge } from './badges';
import { NewProblemForm } from './NewProblemForm';

const PAGE_SIZE = 25;

/** Problem management (SPEC §3.7): the problems of the PDs one may read, open ones first. */
export function ProblemsPage() {
  return (
    <RequirePermission permission="problems.read">
      <Problems />
    </RequirePermission>
  );
}

function Problems() {
  const { t } = useTranslation(['problems', 'common']);
  const tz = useMe().pemda.timeZone;
  const canManage = useCan('problems.manage');
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const list = useProblemList({ status, page, pageSize: PAGE_SIZE, ...(q ? { q } : {}) });
  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Group wrap="wrap" align="flex-end">
          <SegmentedControl
            aria-label={t('filters.status')}
            value={status}
            onChange={(v) => {
              setStatus(v === 'all' ? 'all' : 'open');
              setPage(1);
            }}
            data={[
              { value: 'open', label: t('filters.open') },
              { value: 'all', label: t('filters.all') },
            ]}
          />
          <TextInput
            aria-label={t('common:search')}
            placeholder={t('common:searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            miw={220}
            style={{ flex: 1 }}
          />
        </Group>
      </Card>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('number')}</Table.Th>
              <Table.Th>{t('name')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th>{t('priority')}</Table.Th>
              <Table.Th>{t('service')}</Table.Th>
              <Table.Th>{t('assignee')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={`/masalah/${p.id}`}>
                    {p.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.title}</Text>
                  <Text size="xs" c="dimmed">
                    {t('createdAt')} {formatDateTime(p.createdAt, tz)}
                    {p.ownerPdName && ` · ${p.ownerPdName}`}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ProblemStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={p.priority} />
                </Table.Td>
                <Table.Td>{p.serviceName ?? '—'}</Table.Td>
                <Table.Td>{p.assigneeName ?? t('unassigned')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && items.length === 0 && <Text c="dimmed">{t('none')}</Text>}
      <ListFooter total={total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('new')} size="lg">
        <NewProblemForm
          onCancel={() => setCreating(false)}
          onCreated={(problem) => {
            setCreating(false);
            showSaved(t('created', { number: problem.number }));
            void navigate({ to: '/masalah/$id', params: { id: problem.id } });
          }}
        />
      </Modal>
    </Stack>
  );
}
