import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { HOLIDAY_KINDS, type WorkingCalendarDto } from '@sigap/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../../api/client';
import { oneOf } from '../../api/query';
import { showProblem, showSaved } from '../../lib/forms';
import { RequirePermission } from '../shell/Forbidden';
import { PolicySection } from '../sla/PolicySection';
import { SopSection } from '../sla/SopSection';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** "07:30-12:00, 13:00-16:00" ⇄ intervals. */
const toText = (day: { start: string; end: string }[]) => day.map((iv) => `${iv.start}-${iv.end}`).join(', ');
const fromText = (text: string) =>
  text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [start = '', end = ''] = p.split(/[-–]/).map((x) => x.trim());
      return { start, end };
    });

export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const calendars = useQuery({ queryKey: ['calendars'], queryFn: () => api.GET('/calendars') });
  return (
    <RequirePermission permission="calendar.manage">
      <Stack maw={1000}>
        <Title order={1} size="h2">
          {t('common:nav.calendar')}
        </Title>
        {calendars.data?.map((c) => (
          <CalendarCard key={`${c.id}-${c.version}`} calendar={c} />
        ))}
        <HolidaySection />
        <PolicySection />
        <SopSection />
      </Stack>
    </RequirePermission>
  );
}

function CalendarCard({ calendar }: { calendar: WorkingCalendarDto }) {
  const { t } = useTranslation(['calendar', 'common']);
  const queryClient = useQueryClient();
  const [alwaysOn, setAlwaysOn] = useState(calendar.alwaysOn);
  const [days, setDays] = useState(calendar.weeklyHours.map(toText));
  const save = useMutation({
    mutationFn: () =>
      api.PUT('/calendars/{id}', {
        params: { path: { id: calendar.id } },
        body: { name: calendar.name, alwaysOn, weeklyHours: days.map(fromText), version: calendar.version },
      }),
    onSuccess: () => (showSaved(), queryClient.invalidateQueries({ queryKey: ['calendars'] })),
    onError: (e) => showProblem(e),
  });
  return (
    <Card withBorder component="section" aria-label={calendar.name}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {calendar.name} {calendar.isDefault && <Badge variant="light">{t('default')}</Badge>}
          </Title>
          <Switch label={t('alwaysOn')} checked={alwaysOn} onChange={(e) => setAlwaysOn(e.currentTarget.checked)} />
        </Group>
        {!alwaysOn &&
          DAYS.map((d, i) => (
            <Group key={d} wrap="nowrap">
              <Text w={90} size="sm">
                {t(`days.${d}`)}
              </Text>
              <TextInput
                aria-label={t(`days.${d}`)}
                placeholder={t('dayOff')}
                value={days[i]}
                onChange={(e) => setDays(days.map((v, j) => (j === i ? e.currentTarget.value : v)))}
                style={{ flex: 1 }}
              />
            </Group>
          ))}
        <Text size="xs" c="dimmed">
          {t('hint')}
        </Text>
        <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate()}>
          {t('common:save')}
        </Button>
      </Stack>
    </Card>
  );
}

function HolidaySection() {
  const { t } = useTranslation(['calendar', 'common']);
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
  const [csv, setCsv] = useState('');
  const add = useMutation({
    mutationFn: () => api.POST('/holidays', { body: { date, name, kind }, params: { header: { 'idempotency-key': newIdempotencyKey() } } }),
    onSuccess: () => (showSaved(t('common:created')), setDate(''), setName(''), refresh()),
    onError: (e) => showProblem(e),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.DELETE('/holidays/{id}', { params: { path: { id } } }),
    onSuccess: refresh,
    onError: (e) => showProblem(e),
  });
  const importCsv = useMutation({
    mutationFn: () => api.POST('/holidays/import-csv', { body: { year: Number(year), csv } }),
    onSuccess: () => (showSaved(), setCsv(''), refresh()),
    onError: (e) => showProblem(e),
  });
  const years = Array.from({ length: 5 }, (_, i) => String(new Date().getFullYear() - 1 + i));
  return (
    <Card withBorder component="section" aria-labelledby="holiday-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="holiday-title">
            {t('holidays')}
          </Title>
          <Select aria-label={t('year')} data={years} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={110} />
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Tbody>
              {holidays.data?.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{h.date}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
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
        <Group align="flex-end" wrap="wrap">
          <TextInput label={t('date')} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          <TextInput label={t('name')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} miw={200} />
          <Select
            label={t('type')}
            data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
            value={kind}
            onChange={(v) => setKind(oneOf(HOLIDAY_KINDS, v) ?? kind)}
            allowDeselect={false}
          />
          <Button onClick={() => add.mutate()} loading={add.isPending} disabled={!date || !name}>
            {t('common:add')}
          </Button>
        </Group>
        <Textarea
          label={t('import')}
          description={t('importHint')}
          autosize
          minRows={3}
          value={csv}
          onChange={(e) => setCsv(e.currentTarget.value)}
        />
        <Button w="fit-content" variant="light" disabled={!csv.trim()} loading={importCsv.isPending} onClick={() => importCsv.mutate()}>
          {t('importButton', { year })}
        </Button>
      </Stack>
    </Card>
  );
}
