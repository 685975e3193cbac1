import { ActionIcon, Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PerangkatDaerah } from '@sigap/core';
import { IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { RequirePermission } from '../shell/Forbidden';
import { useDeletePerangkatDaerah, usePerangkatDaerahList, usePerangkatDaerahOptions } from './api';
import { PemdaCard } from './PemdaCard';
import { PerangkatDaerahForm } from './PerangkatDaerahForm';

const PAGE_SIZE = 20;

export function OrganisationPage() {
  const { t } = useTranslation(['organisation', 'common']);
  return (
    <RequirePermission permission="organisation.manage">
      <Stack>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <PemdaCard />
        <PerangkatDaerahSection />
      </Stack>
    </RequirePermission>
  );
}

function PerangkatDaerahSection() {
  const { t } = useTranslation(['organisation', 'common']);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PerangkatDaerah | 'new' | null>(null);
  const list = usePerangkatDaerahList({ q, page, pageSize: PAGE_SIZE });
  const names = new Map(usePerangkatDaerahOptions().map((o) => [o.value, o.label]));
  const remove = useDeletePerangkatDaerah();
  const data = list.data;

  const confirmDelete = (pd: PerangkatDaerah) => {
    if (window.confirm(t('common:confirmDelete', { name: pd.name }))) {
      remove.mutate(pd.id, { onSuccess: () => showSaved(t('common:deleted')), onError: (e) => showProblem(e) });
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="pd-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="pd-title">
            {t('pdList')}
          </Title>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('addPd')}
          </Button>
        </Group>
        <TextInput
          aria-label={t('common:search')}
          placeholder={t('common:searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
        />
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('shortName')}</Table.Th>
                <Table.Th>{t('type')}</Table.Th>
                <Table.Th>{t('parent')}</Table.Th>
                <Table.Th>{t('common:status')}</Table.Th>
                <Table.Th>{t('common:actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.items.map((pd) => (
                <Table.Tr key={pd.id}>
                  <Table.Td>
                    {pd.name}{' '}
                    {pd.isDiskominfo && (
                      <Badge size="xs" variant="light">
                        {t('diskominfoBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{pd.shortName}</Table.Td>
                  <Table.Td>{t(`pdTypes.${pd.type}`)}</Table.Td>
                  <Table.Td>{pd.parentId ? (names.get(pd.parentId) ?? '—') : '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge color={pd.active ? 'green' : 'gray'} variant="light" style={{ overflow: 'visible' }}>
                      {pd.active ? t('common:active') : t('common:inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" aria-label={`${t('common:edit')} ${pd.name}`} onClick={() => setEditing(pd)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('common:delete')} ${pd.name}`}
                        onClick={() => confirmDelete(pd)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {data && data.items.length === 0 && <Text c="dimmed">{t('common:empty')}</Text>}
        <ListFooter total={data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('addPd') : t('editPd')} size="lg">
        {editing !== null && <PerangkatDaerahForm pd={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Card>
  );
}
