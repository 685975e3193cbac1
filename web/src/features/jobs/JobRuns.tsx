import { Card, Code, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ListFooter } from '../../lib/ListFooter';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { useJobRuns } from './api';
import { Counts, OutcomeBadge } from './JobBadges';

const PAGE_SIZE = 20;

/** One job's recorded runs, newest first. */
export function JobRuns({ name, title, timeZone }: { name: string; title: string; timeZone: string }) {
  const { t } = useTranslation('jobs');
  const [page, setPage] = useState(1);
  const runs = useJobRuns(name, page, PAGE_SIZE);
  const items = runs.data?.items ?? [];

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('historyOf', { name: title })}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('started')}</Table.Th>
              <Table.Th>{t('finished')}</Table.Th>
              <Table.Th>{t('outcome')}</Table.Th>
              <Table.Th>{t('counts')}</Table.Th>
              <Table.Th>{t('runner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((run) => (
              <Table.Tr key={run.id}>
                <Table.Td>
                  {formatDateTime(run.startedAt, timeZone)}
                  {run.scheduledFor && (
                    <Text size="xs" c="dimmed">
                      {t('scheduledFor', { time: formatDateTime(run.scheduledFor, timeZone) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{run.finishedAt ? formatDateTime(run.finishedAt, timeZone) : '—'}</Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={run.outcome} />
                </Table.Td>
                <Table.Td maw={420}>
                  <Counts counts={run.counts} />
                  {run.error && (
                    <Text size="xs" c="red">
                      {run.error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Code>
                    {run.host}:{run.pid}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {runs.isSuccess && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('noRuns')}
        </Text>
      )}
      <ListFooter total={runs.data?.total ?? 0} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
    </Card>
  );
}
