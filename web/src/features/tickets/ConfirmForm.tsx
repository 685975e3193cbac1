import { Button, Group, Paper, Rating, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The reporter confirms the resolution and fills the satisfaction survey (SPEC §3.6). */
export function ConfirmForm({
  onConfirm,
  busy,
}: {
  onConfirm: (v: { satisfaction: 'puas' | 'tidak_puas'; rating: number; feedback: string | null }) => void;
  busy: boolean;
}) {
  const { t } = useTranslation('tickets');
  const [satisfaction, setSatisfaction] = useState<'puas' | 'tidak_puas'>('puas');
  const [rating, setRating] = useState(5);
  const [feedback, setFeedback] = useState('');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="confirm-title" bg="var(--mantine-color-teal-0)">
      <Stack>
        <Title order={2} size="h5" id="confirm-title">
          {t('confirmTitle')}
        </Title>
        <SegmentedControl
          value={satisfaction}
          onChange={(v) => setSatisfaction(v as 'puas' | 'tidak_puas')}
          data={[
            { value: 'puas', label: t('satisfied') },
            { value: 'tidak_puas', label: t('notSatisfied') },
          ]}
          aria-label={t('confirmTitle')}
        />
        <Stack gap={2}>
          <Text size="sm">{t('rating')}</Text>
          <Rating value={rating} onChange={setRating} size="lg" aria-label={t('rating')} />
        </Stack>
        <Textarea label={t('feedback')} autosize minRows={2} value={feedback} onChange={(e) => setFeedback(e.currentTarget.value)} />
        <Group>
          <Button loading={busy} onClick={() => onConfirm({ satisfaction, rating, feedback: feedback.trim() || null })}>
            {t('send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
