import { Stack, TextInput, Textarea } from '@mantine/core';
import { TIME_ZONES } from '@sigap/core';
import { useQuery } from '@tanstack/react-query';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { oneOf } from '../../lib/oneOf';
import { isoToZonedInput } from './reportTime';

export interface ReportTimeFieldProps {
  timeZone: string;
  /** The form's props of the `datetime-local` value ("" for now) and of the reason. */
  time: GetInputPropsReturnType;
  reason: GetInputPropsReturnType;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * "Waktu dilaporkan": when a recorded report was received, if earlier than now (a letter that came
 * yesterday, a call taken while the system was down), in the Pemda's zone; a reason is then required.
 * Left empty, the report counts from now. The clocks run from it.
 */
export function ReportTimeField({ timeZone, time, reason }: ReportTimeFieldProps) {
  const { t } = useTranslation(['tickets', 'common']);
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => api.GET('/service-desk/policy'), staleTime: 5 * 60_000 });
  const days = policy.data?.policy.reportBackdateDays;
  const known = oneOf(TIME_ZONES, timeZone);
  const zone = known ? t(`common:timeZones.${known}`) : timeZone;
  const now = new Date();
  return (
    <Stack gap="xs">
      <TextInput
        type="datetime-local"
        label={t('reportTime.label')}
        description={days === undefined ? t('reportTime.hint', { zone }) : t('reportTime.hintDays', { zone, count: days })}
        max={isoToZonedInput(now, timeZone)}
        min={days === undefined ? undefined : isoToZonedInput(new Date(now.getTime() - days * DAY_MS), timeZone)}
        {...time}
      />
      {typeof time.value === 'string' && time.value !== '' && (
        <Textarea
          label={t('reportTime.reason')}
          description={t('reportTime.reasonHint')}
          required
          autosize
          minRows={2}
          maxLength={500}
          {...reason}
        />
      )}
    </Stack>
  );
}
