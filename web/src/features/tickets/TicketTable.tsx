import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { TicketSummary } from '@sigap/core';
import { Link } from '@tanstack/react-router';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration } from '../../lib/time';
import { useMe } from '../auth/session';
import { PriorityBadge, StatusBadge } from './badges';
import { useNow } from '../../lib/useNow';

/** A server-paginated list of tickets with their nearest due time. */
export function TicketTable({
  items,
  total,
  totalCapped = false,
  page,
  pageSize,
  onPage,
  showDesk,
}: {
  items: TicketSummary[];
  total: number;
  totalCapped?: boolean;
  page: number;
  pageSize: number;
  onPage: (p: number) => void;
  showDesk: boolean;
}) {
  const { t } = useTranslation(['tickets', 'common']);
  const tz = useMe().pemda.timeZone;
  const now = useNow();
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('number')}</Table.Th>
              <Table.Th>{t('priority')}</Table.Th>
              <Table.Th>{t('title')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              {showDesk && <Table.Th>{t('handlingPd')}</Table.Th>}
              <Table.Th>{t('resolutionDue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((x) => {
              const due = new Date(x.fulfilmentDueAt ?? x.resolutionDueAt).getTime();
              const open = !x.resolvedAt && !x.closedAt;
              return (
                <Table.Tr key={x.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={`/tiket/${x.id}`}>
                      {x.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PriorityBadge priority={x.priority} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{x.title}</Text>
                    <Text size="xs" c="dimmed">
                      {x.serviceName} · {t(`kinds.${x.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <StatusBadge status={x.status} />
                  </Table.Td>
                  {showDesk && (
                    <Table.Td>
                      <Text size="sm">{x.handlingPdName}</Text>
                      <Group gap={4}>
                        <Badge size="xs" variant="outline" tt="none">
                          {t('tier', { tier: x.tier })}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {x.assigneeName ?? t('unassigned')}
                        </Text>
                      </Group>
                    </Table.Td>
                  )}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(x.fulfilmentDueAt ?? x.resolutionDueAt, tz)}</Text>
                    {open && (
                      <Text size="xs" c={due < now ? 'red' : 'dimmed'}>
                        {due < now ? t('overdue', { time: formatDuration(now - due) }) : t('left', { time: formatDuration(due - now) })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 && <Text c="dimmed">{t('noTickets')}</Text>}
      <ListFooter total={total} atLeast={totalCapped} page={page} pageSize={pageSize} onPage={onPage} />
    </>
  );
}
