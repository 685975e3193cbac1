import { Button, Card, Fieldset, Group, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { RAMADAN_WEEKLY_HOURS, formatClock, type WorkingCalendarDto } from '@sigap/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../../api/client';
import { problemFieldErrors, showProblem, showSaved } from '../../lib/forms';
import { dayToText, textToDay } from './hours';
import { WeekEditor } from './WeekEditor';

interface PeriodDraft {
  key: string;
  name: string;
  from: string;
  to: string;
  days: string[];
}

const EMPTY_WEEK = ['', '', '', '', '', '', ''];

/**
 * A working calendar to create or change: its name, 24×7 or weekly hours, whether the Pemda's
 * holidays are days off on it, and date ranges with hours of their own (Ramadan).
 */
export function CalendarForm({ calendar, onDone }: { calendar?: WorkingCalendarDto; onDone?: () => void }) {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [name, setName] = useState(calendar?.name ?? '');
  const [alwaysOn, setAlwaysOn] = useState(calendar?.alwaysOn ?? false);
  const [observesHolidays, setObservesHolidays] = useState(calendar?.observesHolidays ?? true);
  const [days, setDays] = useState(calendar ? calendar.weeklyHours.map((d) => dayToText(d, lang)) : EMPTY_WEEK);
  const [periods, setPeriods] = useState<PeriodDraft[]>(
    (calendar?.periods ?? []).map((p) => ({
      key: newIdempotencyKey(),
      name: p.name,
      from: p.from,
      to: p.to,
      days: p.weeklyHours.map((d) => dayToText(d, lang)),
    })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const setPeriod = (i: number, next: Partial<PeriodDraft>) => setPeriods(periods.map((p, j) => (j === i ? { ...p, ...next } : p)));
  const ramadan = RAMADAN_WEEKLY_HOURS.map((d) =>
    dayToText(
      d.map((iv) => ({ start: formatClock(iv.start), end: formatClock(iv.end) })),
      lang,
    ),
  );

  const save = async () => {
    const body = {
      name,
      alwaysOn,
      observesHolidays,
      weeklyHours: days.map(textToDay),
      periods: periods.map((p) => ({ name: p.name, from: p.from, to: p.to, weeklyHours: p.days.map(textToDay) })),
    };
    setSaving(true);
    try {
      if (calendar)
        await api.PUT('/calendars/{id}', { params: { path: { id: calendar.id } }, body: { ...body, version: calendar.version } });
      else await api.POST('/calendars', { body, params: { header: { 'idempotency-key': idempotencyKey } } });
      setErrors({});
      showSaved(calendar ? undefined : t('common:created'));
      await queryClient.invalidateQueries({ queryKey: ['calendars'] });
      onDone?.();
    } catch (error) {
      setErrors(problemFieldErrors(error));
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack>
      <TextInput label={t('calendarName')} value={name} error={errors.name} onChange={(e) => setName(e.currentTarget.value)} required />
      <Switch
        label={t('alwaysOn')}
        description={t('alwaysOnHint')}
        checked={alwaysOn}
        onChange={(e) => setAlwaysOn(e.currentTarget.checked)}
      />
      {!alwaysOn && (
        <>
          <Switch
            label={t('observesHolidays')}
            description={t('observesHolidaysHint')}
            checked={observesHolidays}
            onChange={(e) => setObservesHolidays(e.currentTarget.checked)}
          />
          <Fieldset legend={t('weeklyHours')}>
            <Text size="xs" c="dimmed" mb="xs">
              {t('hint')}
            </Text>
            <WeekEditor value={days} onChange={setDays} errors={errors} prefix="weeklyHours" />
          </Fieldset>
          {periods.map((p, i) => (
            <Card key={p.key} withBorder component="fieldset" aria-label={t('periodLabel', { n: i + 1 })} p="sm">
              <Stack>
                <TextInput
                  label={t('periodName')}
                  value={p.name}
                  error={errors[`periods.${i}.name`]}
                  onChange={(e) => setPeriod(i, { name: e.currentTarget.value })}
                />
                <SimpleGrid cols={{ base: 1, xs: 2 }}>
                  <TextInput
                    label={t('periodFrom')}
                    type="date"
                    value={p.from}
                    error={errors[`periods.${i}.from`]}
                    onChange={(e) => setPeriod(i, { from: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t('periodTo')}
                    type="date"
                    value={p.to}
                    error={errors[`periods.${i}.to`]}
                    onChange={(e) => setPeriod(i, { to: e.currentTarget.value })}
                  />
                </SimpleGrid>
                <WeekEditor
                  value={p.days}
                  onChange={(d) => setPeriod(i, { days: d })}
                  errors={errors}
                  prefix={`periods.${i}.weeklyHours`}
                />
                <Group wrap="wrap">
                  <Button variant="light" onClick={() => setPeriod(i, { days: ramadan })}>
                    {t('ramadanHours')}
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setPeriods(periods.filter((_, j) => j !== i))}>
                    {t('periodRemove')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
          <Button
            variant="default"
            w="fit-content"
            onClick={() => setPeriods([...periods, { key: newIdempotencyKey(), name: '', from: '', to: '', days: [...days] }])}
          >
            {t('periodAdd')}
          </Button>
        </>
      )}
      <Button w="fit-content" loading={saving} onClick={() => void save()}>
        {calendar ? t('common:save') : t('create')}
      </Button>
    </Stack>
  );
}
