import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatDateTimeLong, type TicketRecordReceipt } from '@sigap/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../records';

/**
 * What the agent tells the caller after recording a report: its number, the desk that takes it,
 * when it counts from and, for a caller without an account, the tracking code — also when the
 * desk is one the agent may not open (issue 17, item 1).
 */
export function RecordReceipt({ receipt, timeZone, onAnother }: { receipt: TicketRecordReceipt; timeZone: string; onAnother: () => void }) {
  const { t, i18n } = useTranslation('tickets');
  const titleId = useId();
  const at = (iso: string) => formatDateTimeLong(iso, i18n.language === 'en' ? 'en' : 'id', timeZone);
  const desk = `${receipt.handlingPdName} · ${t('tier', { tier: receipt.tier })}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="record-receipt">
      <Stack>
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-7)" aria-hidden />
          <Title order={2} size="h4" id={titleId}>
            {t('receipt.title')}
          </Title>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Field label={t('number')}>
            <Text fw={700} size="lg" data-testid="receipt-number">
              {receipt.number}
            </Text>
          </Field>
          <Field label={t('handlingPd')}>{desk}</Field>
          <Field label={t('service')}>{receipt.serviceName}</Field>
          <Field label={t('reportedAt')}>{at(receipt.reportedAt)}</Field>
          <Field label={t('responseDue')}>{at(receipt.responseDueAt)}</Field>
          {receipt.trackingCode && (
            <Field label={t('receipt.trackingCode')}>
              <Code fz="md" data-testid="receipt-tracking-code">
                {receipt.trackingCode}
              </Code>
            </Field>
          )}
        </SimpleGrid>
        {receipt.trackingCode && <Text size="sm">{t('receipt.tellCaller')}</Text>}
        {receipt.fallback && (
          <Alert color="yellow" title={t('receipt.fallbackTitle')}>
            {t(`receipt.fallback.${receipt.fallback}`)}
          </Alert>
        )}
        {!receipt.canOpen && (
          <Text size="sm" c="dimmed">
            {t('receipt.notYourDesk', { desk })}
          </Text>
        )}
        <Group>
          {receipt.canOpen && (
            <Button component={Link} to={`/tiket/${receipt.id}`}>
              {t('receipt.open')}
            </Button>
          )}
          <Button variant={receipt.canOpen ? 'default' : 'filled'} onClick={onAnother}>
            {t('receipt.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
