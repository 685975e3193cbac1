import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hoursText, textToDay, weekMinutes } from './hours';

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The first message of `errors` about `path` or anything under it. */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`));
  return key === undefined ? undefined : errors[key];
}

/**
 * A week's working hours, one text field a day ("07.30–12.00, 13.00–16.00"; empty for a day off),
 * with the week's total and the refusals the server put on `prefix` (e.g. `periods.0.weeklyHours`).
 */
export function WeekEditor({
  value,
  onChange,
  errors,
  prefix,
}: {
  value: readonly string[];
  onChange: (days: string[]) => void;
  errors: Record<string, string>;
  prefix: string;
}) {
  const { t, i18n } = useTranslation('calendar');
  const minutes = weekMinutes(value.map(textToDay));
  return (
    <Stack gap="xs">
      {DAYS.map((d, i) => (
        <TextInput
          key={d}
          label={t(`days.${d}`)}
          placeholder={t('dayOff')}
          value={value[i] ?? ''}
          error={errorAt(errors, `${prefix}.${i}`)}
          onChange={(e) => onChange(value.map((v, j) => (j === i ? e.currentTarget.value : v)))}
        />
      ))}
      {errors[prefix] ? (
        <Text size="sm" c="red" role="alert">
          {errors[prefix]}
        </Text>
      ) : (
        minutes !== null && (
          <Text size="sm" c="dimmed">
            {t('weekTotal', { hours: hoursText(minutes, i18n.language) })}
          </Text>
        )
      )}
    </Stack>
  );
}
