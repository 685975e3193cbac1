import { Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLE_CODES, type RoleCode } from '@sigap/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';
import { RequirePermission } from '../shell/Forbidden';
import { usePerangkatDaerahOptions } from '../organisation/api';
import { useUser, useUserList } from './api';
import { UserCreateForm } from './UserCreateForm';
import { UserEditor } from './UserEditor';
import { StaffingCheck } from './StaffingCheck';

const PAGE_SIZE = 20;

export function UsersPage() {
  return (
    <RequirePermission permission="users.read">
      <UserDirectory />
    </RequirePermission>
  );
}

function UserDirectory() {
  const { t } = useTranslation(['users', 'common']);
  const canManage = useCan('users.manage');
  const pds = usePerangkatDaerahOptions();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [role, setRole] = useState<RoleCode | null>(null);
  const [pdId, setPdId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const list = useUserList({ q, role, perangkatDaerahId: pdId, page, pageSize: PAGE_SIZE });
  const editing = useUser(editingId);
  const resetPage =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('add')}
          </Button>
        )}
      </Group>
      <StaffingCheck onShowPd={resetPage(setPdId)} />
      <Card withBorder>
        <Stack>
          <Group grow wrap="wrap">
            <TextInput
              aria-label={t('common:search')}
              placeholder={t('common:searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={search}
              onChange={(e) => resetPage(setSearch)(e.currentTarget.value)}
              miw={200}
            />
            <Select
              aria-label={t('filterRole')}
              placeholder={t('filterRole')}
              data={ROLE_CODES.map((code) => ({ value: code, label: t(`common:roles.${code}`) }))}
              value={role}
              onChange={(v) => resetPage(setRole)(v as RoleCode | null)}
              clearable
              miw={200}
            />
            <Select
              aria-label={t('filterPd')}
              placeholder={t('filterPd')}
              data={pds}
              value={pdId}
              onChange={resetPage(setPdId)}
              clearable
              searchable
              miw={200}
            />
          </Group>
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('nip')}</Table.Th>
                  <Table.Th>{t('homePd')}</Table.Th>
                  <Table.Th>{t('roles')}</Table.Th>
                  <Table.Th>{t('common:status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      {canManage ? (
                        <Anchor component="button" type="button" ta="left" onClick={() => setEditingId(u.id)}>
                          {u.name}
                        </Anchor>
                      ) : (
                        u.name
                      )}
                      <Text size="xs" c="dimmed">
                        {u.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{u.nip ?? '—'}</Table.Td>
                    <Table.Td>{u.perangkatDaerahName ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {u.roles.map((r) => (
                          <Badge key={r.id} size="sm" variant="light" tt="none" maw="100%" title={r.perangkatDaerahName ?? t('wholePemda')}>
                            {t(`common:roles.${r.role}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge color={u.active ? 'green' : 'gray'} variant="light" style={{ overflow: 'visible' }}>
                        {u.active ? t('common:active') : t('common:inactive')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('common:empty')}</Text>}
          <ListFooter total={list.data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </Stack>
      </Card>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('add')} size="lg">
        {creating && <UserCreateForm onDone={() => setCreating(false)} />}
      </Modal>
      <Modal opened={editingId !== null} onClose={() => setEditingId(null)} title={t('edit')} size="lg">
        {editing.data && <UserEditor key={editing.data.version} user={editing.data} onDone={() => setEditingId(null)} />}
      </Modal>
    </Stack>
  );
}
