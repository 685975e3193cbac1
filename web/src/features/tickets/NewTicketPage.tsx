import { Button, Group, Paper, Radio, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { CHANNELS, CONTACT_PREFERENCES, URGENCIES, type TicketRecordReceipt } from '@sigap/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem } from '../../lib/forms';
import { useCan, useMe } from '../auth/session';
import { useServices } from '../catalog/api';
import { usePerangkatDaerahOptions } from '../organisation/api';
import { newIdempotencyKey, useCreateTicket, useRecordTicket } from './api';
import { RecordReceipt } from './RecordReceipt';
import { ReportTimeField } from './ReportTimeField';
import { zonedInputToIso } from './reportTime';

interface Values {
  kind: 'incident' | 'request' | 'operation';
  serviceId: string | null;
  requestTypeId: string | null;
  title: string;
  description: string;
  impact: 'mayor' | 'minor';
  urgency: string;
  contactPreference: string;
  category: string;
  affectedItems: string;
  channel: string;
  reporterName: string;
  reporterEmail: string;
  reporterPhone: string;
  reporterNip: string;
  reporterPdId: string | null;
  /** "Waktu dilaporkan" as the `datetime-local` field holds it, in the Pemda's zone; "" for now. */
  reportedAt: string;
  reportedAtReason: string;
}

/** Report a problem or request a service; agents also record phone/letter reports for someone (`?catat=1`). */
export function NewTicketPage() {
  const { t } = useTranslation(['tickets', 'common']);
  const navigate = useNavigate();
  const search: { jenis?: string; layanan?: string; permintaan?: string; catat?: string } = useSearch({ strict: false });
  const canRecord = useCan('tickets.handle');
  const recording = canRecord && search.catat === '1';
  const services = useServices({ pageSize: 100, active: true });
  const pds = usePerangkatDaerahOptions();
  const create = useCreateTicket();
  const record = useRecordTicket();
  const timeZone = useMe().pemda.timeZone;
  // One key per form: a retried submit after a lost answer does not create a second ticket.
  const [key, setKey] = useState(newIdempotencyKey);
  // A recorded report's receipt: shown instead of a ticket page the recorder may not be able to open.
  const [receipt, setReceipt] = useState<TicketRecordReceipt | null>(null);
  const form = useForm<Values>({
    initialValues: {
      kind: search.jenis === 'request' || search.jenis === 'operation' ? search.jenis : 'incident',
      serviceId: search.layanan ?? null,
      requestTypeId: search.permintaan ?? null,
      title: '',
      description: '',
      impact: 'minor',
      urgency: '3',
      contactPreference: recording ? 'phone' : 'web',
      category: '',
      affectedItems: '',
      channel: 'phone',
      reporterName: '',
      reporterEmail: '',
      reporterPhone: '',
      reporterNip: '',
      reporterPdId: null,
      reportedAt: '',
      reportedAtReason: '',
    },
  });
  const v = form.values;
  const narrow = useMediaQuery('(max-width: 36em)');
  const service = useMemo(() => services.data?.items.find((s) => s.id === v.serviceId), [services.data, v.serviceId]);
  const requestTypes = (service?.requestTypes ?? []).filter((r) => r.active);

  const submit = form.onSubmit((values) => {
    const base = {
      kind: values.kind,
      serviceId: values.serviceId ?? '',
      requestTypeId: values.kind === 'request' ? values.requestTypeId : null,
      title: values.title,
      description: values.description,
      impact: values.impact,
      urgency: Number(values.urgency) as 1 | 2 | 3,
      contactPreference: values.contactPreference as never,
      category: values.category || null,
      affectedItems: values.affectedItems || null,
    };
    const done = {
      onSuccess: (ticket: { id: string }) => void navigate({ to: '/tiket/$id', params: { id: ticket.id } }),
      onError: (e: unknown) => showProblem(e, form),
    };
    if (recording) {
      record.mutate(
        {
          input: {
            ...base,
            reportedAt: zonedInputToIso(values.reportedAt, timeZone),
            reportedAtReason: values.reportedAtReason,
            channel: values.channel as never,
            reporter: {
              name: values.reporterName,
              email: values.reporterEmail,
              phone: values.reporterPhone,
              nip: values.reporterNip,
              perangkatDaerahId: values.reporterPdId,
            },
          },
          key,
        },
        { onSuccess: setReceipt, onError: done.onError },
      );
    } else create.mutate({ input: base, key }, done);
  });

  if (recording && receipt)
    return (
      <Stack maw={760}>
        <Title order={1} size="h2">
          {t('recordReport')}
        </Title>
        <RecordReceipt
          receipt={receipt}
          timeZone={timeZone}
          onAnother={() => {
            form.reset();
            setKey(newIdempotencyKey());
            setReceipt(null);
          }}
        />
      </Stack>
    );

  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {recording ? t('recordReport') : v.kind === 'request' ? t('request') : v.kind === 'operation' ? t('operate') : t('report')}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            <SegmentedControl
              aria-label={t('kind')}
              value={v.kind}
              onChange={(k) => form.setFieldValue('kind', k as Values['kind'])}
              // Three kinds do not fit side by side on a phone.
              orientation={narrow ? 'vertical' : 'horizontal'}
              fullWidth={narrow}
              data={[
                { value: 'incident', label: t('kinds.incident') },
                { value: 'request', label: t('kinds.request') },
                { value: 'operation', label: t('kinds.operation') },
              ]}
            />
            {v.kind === 'operation' && (
              <Text size="xs" c="dimmed">
                {t('operationHint')}
              </Text>
            )}
            <Select
              label={t('service')}
              required
              searchable
              data={(services.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
              {...form.getInputProps('serviceId')}
              onChange={(id) => {
                form.setFieldValue('serviceId', id);
                form.setFieldValue('requestTypeId', null);
              }}
            />
            {service && (
              <Text size="xs" c="dimmed">
                {service.providerPdName} · {t(`common:serviceTypes.${service.serviceType}`)} ·{' '}
                {t(`common:classifications.${service.classification}`)} · {t('serviceHelp', { contact: service.helpContact })}
              </Text>
            )}
            {v.kind === 'request' && (
              <Select
                label={t('requestType')}
                required
                data={requestTypes.map((r) => ({
                  value: r.id,
                  label: `${r.name}${r.requiresApproval ? ` (${t('needsApproval')})` : ''}`,
                }))}
                {...form.getInputProps('requestTypeId')}
              />
            )}
            <TextInput label={t('title')} required {...form.getInputProps('title')} />
            <Textarea label={t('description')} required autosize minRows={4} {...form.getInputProps('description')} />
            {v.kind !== 'request' && (
              <Radio.Group label={t('impact')} {...form.getInputProps('impact')}>
                <Stack gap={6} mt={4}>
                  <Radio value="mayor" label={t('common:impacts.mayor')} />
                  <Radio value="minor" label={t('common:impacts.minor')} />
                </Stack>
              </Radio.Group>
            )}
            <Select
              label={t('urgency')}
              data={URGENCIES.map((u) => ({ value: String(u), label: t(`common:urgencies.${u}`) }))}
              allowDeselect={false}
              {...form.getInputProps('urgency')}
            />
            {v.kind !== 'request' && (
              <Group grow wrap="wrap">
                <Select
                  label={t('category')}
                  data={['Aplikasi', 'Jaringan', 'Perangkat keras', 'Akun dan akses', 'Data', 'Keamanan informasi', 'Lainnya']}
                  clearable
                  searchable
                  value={v.category || null}
                  onChange={(c) => form.setFieldValue('category', c ?? '')}
                />
                <TextInput label={t('affectedItems')} {...form.getInputProps('affectedItems')} />
              </Group>
            )}
            {recording && (
              <>
                <Select
                  label={t('channel')}
                  data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('channel')}
                />
                <Group grow wrap="wrap">
                  <TextInput label={t('reporter')} required {...form.getInputProps('reporterName')} />
                  <Select label={t('homePd')} data={pds} clearable searchable {...form.getInputProps('reporterPdId')} />
                </Group>
                <Group grow wrap="wrap">
                  <TextInput label={t('phone')} type="tel" {...form.getInputProps('reporterPhone')} />
                  <TextInput label={t('email')} type="email" {...form.getInputProps('reporterEmail')} />
                  <TextInput label="NIP" inputMode="numeric" {...form.getInputProps('reporterNip')} />
                </Group>
                <ReportTimeField
                  timeZone={timeZone}
                  time={form.getInputProps('reportedAt')}
                  reason={form.getInputProps('reportedAtReason')}
                />
              </>
            )}
            <Select
              label={t('contactPreference')}
              data={CONTACT_PREFERENCES.map((c) => ({ value: c, label: t(`contactPreferences.${c}`) }))}
              allowDeselect={false}
              {...form.getInputProps('contactPreference')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending || record.isPending}>
                {t('submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
