import { Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { API_BASE } from '@sigap/api-client';
import type { Ticket } from '@sigap/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';

type Sop = Ticket['sop'];
type Step = Sop['steps'][number];

const COLOR: Record<Step['state'], string> = { done: 'teal', current: 'blue', upcoming: 'gray', skipped: 'gray' };

/**
 * Where the ticket stands in the Bantul SOP (A.1–A.6, or B.1–B.5 for an operation request): one
 * card per step, in order, the current one marked for screen readers too; a column on a phone.
 */
export function SopSteps({ recordId, sop, timeZone }: { recordId: string; sop: Sop; timeZone: string }) {
  const { t } = useTranslation('tickets');
  const titleId = useId();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const summary = sop.current ? t('sop.current', { step: sop.current }) : sop.ended === 'rejected' ? t('sop.rejected') : t('sop.ended');

  const stepText = (s: Step) => {
    if (s.state === 'done' && s.endedAt) {
      const verdict = s.met === false ? ` — ${t('sop.late')}` : s.met ? ` — ${t('sop.onTime')}` : '';
      return {
        text: `${t('sop.endedAt', { time: formatDateTime(s.endedAt, timeZone) })}${verdict}`,
        color: s.met === false ? 'red' : 'dimmed',
      };
    }
    if (s.state === 'current' && s.dueAt) {
      const late = new Date(s.dueAt).getTime() < now;
      return {
        text: `${t('sop.due', { time: formatDateTime(s.dueAt, timeZone) })}${late ? ` — ${t('sop.overdue')}` : ''}`,
        color: late ? 'red' : 'dimmed',
      };
    }
    return null;
  };

  const plan = sop.plan;
  const executor = plan
    ? plan.executor === 'internal'
      ? t('sop.withoutVendor')
      : plan.executorName
        ? t(plan.executor === 'vendor' ? 'sop.withVendor' : 'sop.withTeam', { name: plan.executorName })
        : t(`executors.${plan.executor}`)
    : null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="sop-steps">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h5" id={titleId}>
            {t('sop.title')} · {t(sop.flow === 'A' ? 'sop.flowA' : 'sop.flowB')}
          </Title>
          <Text size="sm" fw={600} data-testid="sop-current">
            {summary}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2, md: sop.steps.length }} spacing="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {sop.steps.map((s) => {
            const detail = stepText(s);
            return (
              <Box
                component="li"
                key={s.step}
                aria-current={s.state === 'current' ? 'step' : undefined}
                data-step={s.step}
                data-state={s.state}
                p="xs"
                style={{
                  border: `1px solid var(--mantine-color-${COLOR[s.state]}-${s.state === 'current' ? 6 : 3})`,
                  borderRadius: 'var(--mantine-radius-sm)',
                  borderLeftWidth: s.state === 'current' ? 4 : 1,
                  opacity: s.state === 'skipped' ? 0.7 : 1,
                }}
              >
                <Group gap={6} wrap="nowrap" justify="space-between">
                  <Text size="sm" fw={700}>
                    {s.step}
                  </Text>
                  <Badge size="xs" variant={s.state === 'current' ? 'filled' : 'light'} color={COLOR[s.state]} tt="none">
                    {t(`sop.states.${s.state}`)}
                  </Badge>
                </Group>
                <Text size="sm">{t(`sop.steps.${sop.flow}.${s.phase}`)}</Text>
                {s.rounds > 1 && (
                  <Text size="xs" c="dimmed">
                    {t('sop.round', { count: s.rounds })}
                  </Text>
                )}
                {detail && (
                  <Text size="xs" c={detail.color}>
                    {detail.text}
                  </Text>
                )}
              </Box>
            );
          })}
        </SimpleGrid>
        {plan && (
          <Group gap="sm" wrap="wrap">
            <Text size="sm">
              {executor} · {t('deliveryDaysOption', { count: plan.deliveryDays })}
            </Text>
            {plan.workOrderNumber && plan.attachmentId && (
              <Button
                component="a"
                href={`${API_BASE}/records/${recordId}/attachments/${plan.attachmentId}`}
                download
                size="xs"
                variant="light"
                leftSection={<IconDownload size={14} />}
                data-testid="download-work-order"
              >
                {t('sop.downloadWorkOrder', { number: plan.workOrderNumber })}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
