import { Button, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import type { JobSummary } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { useMe } from '../auth/session';
import { RequirePermission } from '../shell/Forbidden';
import { useJobs } from './api';
import { Counts, OutcomeBadge, ScheduleText } from './JobBadges';
import { JobRuns } from './JobRuns';

export function JobsPage() {
  return (
    <RequirePermission permission="organisation.manage">
      <Jobs />
    </RequirePermission>
  );
}

function Jobs() {
  const { t } = useTranslation('jobs');
  const { t: tc } = useTranslation();
  // Times are shown in the Pemda's own zone (WIB/WITA/WIT), whatever the browser's.
  const timeZone = useMe().pemda.timeZone;
  const jobs = useJobs();
  const [selected, setSelected] = useState<string | null>(null);
  const items = jobs.data?.items ?? [];
  const shown = items.find((job) => job.name === selected) ?? items[0];
  const titleOf = (job: JobSummary) => t(`description.${job.description}.title`, { defaultValue: job.name });
  const time = (iso: string | null, none: string) => (iso ? formatDateTime(iso, timeZone) : none);

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('intro')}
      </Text>
      <Card withBorder>
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('job')}</Table.Th>
                <Table.Th>{t('schedule')}</Table.Th>
                <Table.Th>{t('lastRun')}</Table.Th>
                <Table.Th>{t('outcome')}</Table.Th>
                <Table.Th>{t('nextRun')}</Table.Th>
                <Table.Th>{t('lastError')}</Table.Th>
                <Table.Th>{tc('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((job) => (
                <Table.Tr key={job.name}>
                  <Table.Td maw={280}>
                    <Text fw={500} size="sm">
                      {titleOf(job)} <Code>{job.name}</Code>
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`description.${job.description}.text`, { defaultValue: '' })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ScheduleText schedule={job.schedule} />
                  </Table.Td>
                  <Table.Td>{time(job.lastStartedAt, t('never'))}</Table.Td>
                  <Table.Td>
                    {job.running ? <OutcomeBadge outcome="running" /> : job.lastRun && <OutcomeBadge outcome={job.lastRun.outcome} />}
                    {job.lastRun && <Counts counts={job.lastRun.counts} />}
                  </Table.Td>
                  <Table.Td>{time(job.nextRunAt, t('unknown'))}</Table.Td>
                  <Table.Td maw={320}>
                    {job.lastFailure ? (
                      <>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(job.lastFailure.startedAt, timeZone)}
                        </Text>
                        <Text size="xs" c="red" lineClamp={3} title={job.lastFailure.error ?? undefined}>
                          {job.lastFailure.error}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={shown?.name === job.name ? 'light' : 'subtle'}
                      aria-pressed={shown?.name === job.name}
                      onClick={() => setSelected(job.name)}
                    >
                      {t('history')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {shown && <JobRuns key={shown.name} name={shown.name} title={titleOf(shown)} timeZone={timeZone} />}
    </Stack>
  );
}
