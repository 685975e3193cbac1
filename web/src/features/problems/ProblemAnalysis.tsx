import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ProblemRecord } from '@sigap/core';
import { IconBulb } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { Field } from '../records';

/** What the problem is and what is known of it: symptom, root cause and its category, the whys, workaround, fix plan, resolution. */
export function ProblemAnalysis({ problem }: { problem: ProblemRecord }) {
  const { t } = useTranslation('problems');
  const titleId = useId();
  const notYet = t('notYet');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{problem.description}</Text>
        <Title order={2} size="h5" id={titleId}>
          {t('analysis')}
        </Title>
        {problem.workaround && (
          <Paper p="sm" bg="var(--mantine-color-orange-0)" withBorder data-testid="workaround">
            <Group gap={6} mb={4}>
              <IconBulb size={16} aria-hidden />
              <Text size="sm" fw={600}>
                {t('fields.workaround')}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {problem.workaround}
            </Text>
          </Paper>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('fields.symptom')}>{problem.symptom ?? notYet}</Field>
          <Field label={t('fields.cause')}>
            {problem.cause ?? notYet}
            {problem.causeCategory && (
              <Badge ml="xs" size="sm" variant="outline" tt="none">
                {t(`causeCategories.${problem.causeCategory}`)}
              </Badge>
            )}
          </Field>
          {problem.whys.length > 0 && (
            <Field label={t('fields.whys')}>
              <List type="ordered" size="sm">
                {problem.whys.map((why, i) => (
                  <List.Item key={i}>{why}</List.Item>
                ))}
              </List>
            </Field>
          )}
          <Field label={t('fields.fixPlan')}>{problem.fixPlan ?? notYet}</Field>
          {problem.resolution && <Field label={t('fields.resolution')}>{problem.resolution}</Field>}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Where the problem belongs and who works it. */
export function ProblemFacts({ problem, timeZone }: { problem: ProblemRecord; timeZone: string }) {
  const { t } = useTranslation(['problems', 'common']);
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={2}>
        <Field label={t('service')}>{problem.serviceName ?? t('noService')}</Field>
        <Field label={t('owner')}>{problem.ownerPdName}</Field>
        <Field label={t('assignee')}>{problem.assigneeName ?? t('unassigned')}</Field>
        <Field label={t('origin')}>{t(`origins.${problem.origin}`)}</Field>
        <Field label={t('impact')}>{t(`common:impacts.${problem.impact}`)}</Field>
        <Field label={t('urgency')}>{problem.urgency}</Field>
        <Field label={t('createdAt')}>{formatDateTime(problem.createdAt, timeZone)}</Field>
        {problem.category && <Field label={t('category')}>{problem.category}</Field>}
        {problem.estimateHours !== null && <Field label={t('estimateHours')}>{problem.estimateHours}</Field>}
        {problem.resolvedAt && <Field label={t('statuses.resolved')}>{formatDateTime(problem.resolvedAt, timeZone)}</Field>}
        {problem.closedAt && <Field label={t('statuses.closed')}>{formatDateTime(problem.closedAt, timeZone)}</Field>}
      </SimpleGrid>
    </Paper>
  );
}
