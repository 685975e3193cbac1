import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { HOLIDAY_KINDS } from '@sigap/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../../api/client';
import { oneOf } from '../../api/query';
import { problemFieldErrors, showProblem, showSaved } from '../../lib/forms';
import { clockText } from './hours';

/** "Kamis, 1 Januari 2026" / "Thursday, 1 January 2026" for a local date. */
function longDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** The Pemda's holidays by year: national, cuti bersama (also one decided late), regional, and half days; the CSV import. */
export function HolidaySection() {
  const { t, i18n } = useTranslation(['calendar', 'common']);
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const holidays = useQuery({
    queryKey: ['holidays', year],
    queryFn: () => api.GET('/holidays', { params: { query: { year: Number(year) } } }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['holidays'] });
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof HOLIDAY_KINDS)[number]>('daerah');
  const [halfDay, setHalfDay] = useState(false);
  const [offStart, setOffStart] = useState(lang === 'en' ? '12:00' : '12.00');
  const [offEnd, setOffEnd] = useState(lang === 'en' ? '24:00' : '24.00');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [csv, setCsv] = useState('');
  const refused = (error: unknown) => {
    setErrors(problemFieldErrors(error));
    showProblem(error);
  };
  const add = useMutation({
    mutationFn: () =>
      api.POST('/holidays', {
        body: { date, name, kind, offHours: halfDay ? { start: offStart, end: offEnd } : null },
        params: { header: { 'idempotency-key': newIdempotencyKey() } },
      }),
    onSuccess: () => (showSaved(t('common:created')), setDate(''), setName(''), setHalfDay(false), setErrors({}), refresh()),
    onError: refused,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.DELETE('/holidays/{id}', { params: { path: { id } } }),
    onSuccess: refresh,
    onError: (e) => showProblem(e),
  });
  const importCsv = useMutation({
    mutationFn: () => api.POST('/holidays/import-csv', { body: { year: Number(year), csv } }),
    onSuccess: () => (showSaved(), setCsv(''), setErrors({}), refresh()),
    onError: refused,
  });
  const years = Array.from({ length: 5 }, (_, i) => String(new Date().getFullYear() - 1 + i));
  const csvError = Object.entries(errors).find(([k]) => k === 'csv' || k.startsWith('csv.'));
  return (
    <Card withBorder component="section" aria-labelledby="holiday-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="holiday-title">
            {t('holidays')}
          </Title>
          <Select aria-label={t('year')} data={years} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={110} />
        </Group>
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Tbody>
              {holidays.data?.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{longDate(h.date, lang)}</Table.Td>
                  <Table.Td>
                    {h.name}
                    {h.offHours && (
                      <Text size="xs" c="dimmed">
                        {t('halfDayOff', { start: clockText(h.offHours.start, lang), end: clockText(h.offHours.end, lang) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" tt="none" color={h.kind === 'nasional' ? 'red' : h.kind === 'cuti_bersama' ? 'orange' : 'blue'}>
                      {t(`kinds.${h.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('common:delete')} ${h.name} ${h.date}`}
                      onClick={() => remove.mutate(h.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('date')} type="date" value={date} error={errors.date} onChange={(e) => setDate(e.currentTarget.value)} />
          <TextInput label={t('name')} value={name} error={errors.name} onChange={(e) => setName(e.currentTarget.value)} />
          <Select
            label={t('type')}
            data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(oneOf(HOLIDAY_KINDS, v) ?? kind)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox
          label={t('halfDay')}
          description={t('halfDayHint')}
          checked={halfDay}
          onChange={(e) => setHalfDay(e.currentTarget.checked)}
        />
        {halfDay && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <TextInput
              label={t('offFrom')}
              value={offStart}
              error={errors['offHours.start']}
              onChange={(e) => setOffStart(e.currentTarget.value)}
            />
            <TextInput
              label={t('offUntil')}
              value={offEnd}
              error={errors['offHours.end']}
              onChange={(e) => setOffEnd(e.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        <Button w="fit-content" onClick={() => add.mutate()} loading={add.isPending} disabled={!date || !name}>
          {t('common:add')}
        </Button>
        <Textarea
          label={t('import')}
          description={t('importHint')}
          autosize
          minRows={3}
          value={csv}
          error={csvError?.[1]}
          onChange={(e) => setCsv(e.currentTarget.value)}
        />
        <Button w="fit-content" variant="light" disabled={!csv.trim()} loading={importCsv.isPending} onClick={() => importCsv.mutate()}>
          {t('importButton', { year })}
        </Button>
      </Stack>
    </Card>
  );
}
