import { Button, Card, Group, SegmentedControl, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicketList } from './api';
import { TicketTable } from './TicketTable';

const PAGE_SIZE = 20;

/** The portal: what I reported or requested, and its state. */
export function MyTicketsPage() {
  const { t } = useTranslation('tickets');
  const navigate = useNavigate();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [page, setPage] = useState(1);
  const list = useTicketList({ scope: 'reported', status, page, pageSize: PAGE_SIZE });
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('myTickets')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Button onClick={() => void navigate({ to: '/tiket-baru', search: { jenis: 'incident' } })} leftSection={<IconPlus size={16} />}>
            {t('report')}
          </Button>
          <Button component={Link} to="/katalog" variant="light">
            {t('request')}
          </Button>
          <Button variant="light" onClick={() => void navigate({ to: '/tiket-baru', search: { jenis: 'operation' } })}>
            {t('operateShort')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(v) => {
          setStatus(v === 'closed' ? 'closed' : 'open');
          setPage(1);
        }}
        data={[
          { value: 'open', label: t('open') },
          { value: 'closed', label: t('statuses.closed') },
        ]}
      />
      <Card withBorder>
        <TicketTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={setPage}
          showDesk={false}
        />
      </Card>
    </Stack>
  );
}
