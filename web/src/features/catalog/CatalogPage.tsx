import { Accordion, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CLASSIFICATIONS, type Service } from '@sigap/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/time';
import { useCan } from '../auth/session';
import { useServices } from './api';
import { RequestTypeEditor } from './RequestTypeEditor';
import { ServiceForm } from './ServiceForm';

const PAGE_SIZE = 20;

/** The Katalog Layanan: every service with its eleven fields; owners edit from here. */
export function CatalogPage() {
  const { t } = useTranslation(['catalog', 'common']);
  const canManage = useCan('catalog.manage');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [classification, setClassification] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const list = useServices({ q, page, pageSize: PAGE_SIZE, classification, ...(canManage ? {} : { active: true }) });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('catalog')}
        </Title>
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('common:add')}
          </Button>
        )}
      </Group>
      <Group grow wrap="wrap">
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
        <Select
          aria-label={t('classification')}
          placeholder={t('classification')}
          data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`common:classifications.${c}`) }))}
          value={classification}
          onChange={(v) => {
            setClassification(v);
            setPage(1);
          }}
          clearable
        />
      </Group>
      <Accordion variant="separated" chevronPosition="left">
        {list.data?.items.map((s) => (
          <Accordion.Item key={s.id} value={s.id}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{s.name}</Text>
                  <Text size="xs" c="dimmed">
                    {s.providerPdName}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap" visibleFrom="xs">
                  <Badge
                    variant="light"
                    tt="none"
                    color={s.classification === 'kritis' ? 'red' : s.classification === 'esensial' ? 'orange' : 'gray'}
                  >
                    {t(`common:classifications.${s.classification}`)}
                  </Badge>
                  <Badge variant="outline" tt="none">
                    {t(`common:serviceTypes.${s.serviceType}`)}
                  </Badge>
                  {!s.active && <Badge color="gray">{t('common:inactive')}</Badge>}
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <ServiceDetail service={s} canManage={canManage} onEdit={() => setEditing(s)} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <ListFooter total={list.data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('common:add') : t('common:edit')}
        size="xl"
      >
        {editing !== null && <ServiceForm service={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}

function ServiceDetail({ service: s, canManage, onEdit }: { service: Service; canManage: boolean; onEdit: () => void }) {
  const { t } = useTranslation(['catalog', 'common']);
  const navigate = useNavigate();
  const row = (label: string, value: string | number | null) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </div>
  );
  return (
    <Stack>
      <Text size="sm">{s.description}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {row(t('provider'), s.providerPdName)}
        {row(t('serviceAdmins'), s.serviceAdmins.map((a) => a.name).join(', ') || null)}
        {row(t('infraAdmins'), s.infraAdmins.map((a) => a.name).join(', ') || null)}
        {row(t('access'), s.accessInfo)}
        {row(t('availability'), `${s.availabilityTarget}%${s.currentAvailability !== null ? ` (saat ini ${s.currentAvailability}%)` : ''}`)}
        {row(t('helpdeskHours'), s.helpdeskHours)}
        {row(t('serviceHelp', { contact: '' }).replace(':', '').trim(), s.helpContact)}
        {row(t('common:nav.calendar'), s.calendarName)}
        {s.classification === 'kritis' &&
          row(t('classification'), t('recovery', { rpo: s.rpoMinutes, rto: s.rtoMinutes, drp: s.drpReference }))}
      </SimpleGrid>
      {s.requestTypes.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('requestTypes')}
          </Text>
          {s.requestTypes
            .filter((r) => r.active)
            .map((r) => (
              <Group key={r.id} justify="space-between" wrap="wrap">
                <Text size="sm">
                  {r.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('fulfilment', { time: formatDuration(r.fulfilmentMinutes * 60_000) })}
                    {r.requiresApproval ? `, ${t('needsApproval')}` : ''})
                  </Text>
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void navigate({ to: '/tiket-baru', search: { jenis: 'request', layanan: s.id, permintaan: r.id } })}
                  aria-label={`${t('request')}: ${r.name}`}
                >
                  {t('request')}
                </Button>
              </Group>
            ))}
        </Stack>
      )}
      {canManage && <RequestTypeEditor service={s} />}
      <Group>
        <Button
          size="xs"
          variant="default"
          onClick={() => void navigate({ to: '/tiket-baru', search: { jenis: 'incident', layanan: s.id } })}
        >
          {t('report')}
        </Button>
        {canManage && (
          <Button size="xs" variant="subtle" onClick={onEdit}>
            {t('common:edit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
