import { Badge, Text } from '@mantine/core';
import type { JobCounts, JobOutcome, JobSchedule } from '@sigap/core';
import { useTranslation } from 'react-i18next';

const OUTCOME_COLORS: Record<JobOutcome, string> = { running: 'blue', succeeded: 'teal', failed: 'red', skipped: 'yellow' };

export function OutcomeBadge({ outcome }: { outcome: JobOutcome }) {
  const { t } = useTranslation('jobs');
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="light" tt="none" title={outcome === 'skipped' ? t('skippedHint') : undefined}>
      {t(`outcomes.${outcome}`)}
    </Badge>
  );
}

/** "3 peringatan · 1 melewati batas waktu"; nothing for an empty run. */
export function Counts({ counts }: { counts: JobCounts }) {
  const { t } = useTranslation('jobs');
  const parts = Object.entries(counts)
    .filter(([, n]) => n !== 0)
    .map(([name, n]) => `${n.toLocaleString()} ${t(`countNames.${name}`, { defaultValue: name })}`);
  if (parts.length === 0) return null;
  return <Text size="xs">{parts.join(' · ')}</Text>;
}

/** "Setiap 1 menit", "Cron 0 7 * * *, waktu Pemda (Asia/Jakarta)". */
export function ScheduleText({ schedule }: { schedule: JobSchedule }) {
  const { t } = useTranslation('jobs');
  if (schedule.kind === 'cron') {
    const values = { expression: schedule.expression, zone: schedule.timeZone };
    return <Text size="sm">{schedule.perPemda ? t('cronPerPemda', values) : t('cron', values)}</Text>;
  }
  const s = schedule.seconds;
  const duration =
    s % 3600 === 0 ? t('hours', { count: s / 3600 }) : s % 60 === 0 ? t('minutes', { count: s / 60 }) : t('seconds', { count: s });
  return <Text size="sm">{t('every', { duration })}</Text>;
}
