import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from './Pager';
import { oneOf } from '../../lib/oneOf';
import { usePemdaList, type PemdaSummary } from './api';
import { formatInZone } from './format';

const PAGE_SIZE = 20;
const STATUSES = ['active', 'suspended'] as const;

export function StatusBadge({ status }: { status: PemdaSummary['status'] }) {
  const { t } = useTranslation('superadmin');
  return (
    <Badge color={status === 'active' ? 'teal.9' : 'red.9'} variant="filled">
      {t(`statuses.${status}`)}
    </Badge>
  );
}

/** `/superadmin`: every Pemda of the deployment, with its code, zone, status, size and creation. */
export function PemdaListPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [status, setStatus] = useState<(typeof STATUSES)[number] | undefined>(undefined);
  const [page, setPage] = useState(1);
  const list = usePemdaList({ ...(q ? { q } : {}), ...(status ? { status } : {}), page, pageSize: PAGE_SIZE });
  const data = list.data;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Button component={Link} to="/superadmin/pemda/baru" leftSection={<IconPlus size={16} />}>
          {t('list.create')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('list.intro')}
      </Text>
      <Card withBorder>
        <Stack>
          <Group grow align="flex-end" wrap="wrap">
            <TextInput
              aria-label={t('common:search')}
              placeholder={t('common:searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              miw={200}
              value={search}
              onChange={(e) => {
                setSearch(e.currentTarget.value);
                setPage(1);
              }}
            />
            <Select
              label={t('list.status')}
              placeholder={t('list.allStatuses')}
              data={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              clearable
              miw={160}
              value={status ?? null}
              onChange={(value) => {
                setStatus(oneOf(STATUSES, value));
                setPage(1);
              }}
            />
          </Group>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.name')}</Table.Th>
                  <Table.Th>{t('list.code')}</Table.Th>
                  <Table.Th>{t('list.timeZone')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.users')}</Table.Th>
                  <Table.Th ta="right">{t('list.pds')}</Table.Th>
                  <Table.Th>{t('list.created')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data?.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/superadmin/pemda/${p.id}`}>
                        {p.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`kinds.${p.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {p.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`common:timeZones.${p.timeZone}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td ta="right">{p.userCount}</Table.Td>
                    <Table.Td ta="right">{p.perangkatDaerahCount}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatInZone(p.createdAt, p.timeZone)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data?.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('common:total', { count: data?.total ?? 0 })}
            </Text>
            <Pager total={data?.total ?? 0} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
