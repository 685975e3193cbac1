import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CLASSIFICATIONS, SERVICE_TYPES, SUPPORT_LINE, type Classification, type Service, type ServiceType } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';
import { usePerangkatDaerahOptions } from '../organisation/api';
import { useStaffCandidates } from './api';

type Person = { id: string; name: string };
/** A picker's options: the eligible people, and whoever the service already names (kept even if no longer eligible). */
const optionsOf = (eligible: readonly Person[] | undefined, current: readonly Person[]) =>
  [...(eligible ?? []), ...current]
    .map((u) => ({ value: u.id, label: u.name }))
    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

interface Values {
  name: string;
  description: string;
  providerPdId: string | null;
  serviceAdminIds: string[];
  infraAdminIds: string[];
  accessInfo: string;
  availabilityTarget: number;
  currentAvailability: number | string;
  helpContact: string;
  helpdeskHours: string;
  serviceType: ServiceType;
  classification: Classification;
  rpoMinutes: number | string;
  rtoMinutes: number | string;
  drpReference: string;
  calendarId: string | null;
  publicReporting: boolean;
  active: boolean;
}

const num = (v: number | string) => (v === '' ? null : Number(v));

/** All catalog fields of a service (Y-2.1.1.2, Y-2.1.2.4); Kritis needs RPO, RTO and DRP. */
export function ServiceForm({ service, onDone }: { service?: Service; onDone: () => void }) {
  const { t } = useTranslation(['catalog', 'common']);
  const queryClient = useQueryClient();
  const pds = usePerangkatDaerahOptions();
  const calendars = useQuery({ queryKey: ['calendars'], queryFn: () => api.GET('/calendars') });
  const form = useForm<Values>({
    initialValues: {
      name: service?.name ?? '',
      description: service?.description ?? '',
      providerPdId: service?.providerPdId ?? null,
      serviceAdminIds: service?.serviceAdmins.map((s) => s.id) ?? [],
      infraAdminIds: service?.infraAdmins.map((s) => s.id) ?? [],
      accessInfo: service?.accessInfo ?? '',
      availabilityTarget: service?.availabilityTarget ?? 99,
      currentAvailability: service?.currentAvailability ?? '',
      helpContact: service?.helpContact ?? '',
      helpdeskHours: service?.helpdeskHours ?? '',
      serviceType: service?.serviceType ?? 'administrasi',
      classification: service?.classification ?? 'normal',
      rpoMinutes: service?.rpoMinutes ?? '',
      rtoMinutes: service?.rtoMinutes ?? '',
      drpReference: service?.drpReference ?? '',
      calendarId: service?.calendarId ?? null,
      publicReporting: service?.publicReporting ?? false,
      active: service?.active ?? true,
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        ...v,
        currentAvailability: num(v.currentAvailability),
        rpoMinutes: num(v.rpoMinutes),
        rtoMinutes: num(v.rtoMinutes),
        drpReference: v.drpReference || null,
        // Left empty, the server refuses them with a field error shown on the form.
        providerPdId: v.providerPdId ?? '',
        calendarId: v.calendarId ?? '',
      };
      const { active, ...create } = body;
      if (service)
        return api.PUT('/services/{id}', { params: { path: { id: service.id } }, body: { ...create, active, version: service.version } });
      return api.POST('/services', { body: create, params: { header: { 'idempotency-key': newIdempotencyKey() } } });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['services'] });
      showSaved();
      onDone();
    },
    onError: (e) => showProblem(e, form),
  });
  const kritis = form.values.classification === 'kritis';
  // Only those who work the providing PD's tickets (and its vendors, for infrastructure) may be named.
  const serviceStaff = useStaffCandidates(form.values.providerPdId, SUPPORT_LINE.service);
  const infraStaff = useStaffCandidates(form.values.providerPdId, SUPPORT_LINE.infra);

  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        <TextInput label={t('name')} required {...form.getInputProps('name')} />
        <Textarea label={t('description')} required autosize minRows={2} {...form.getInputProps('description')} />
        <Group grow wrap="wrap">
          <Select label={t('provider')} required data={pds} searchable {...form.getInputProps('providerPdId')} />
          <Select
            label={t('common:nav.calendar')}
            required
            data={(calendars.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('calendarId')}
          />
        </Group>
        <Group grow wrap="wrap">
          <Select
            label={t('serviceType')}
            data={SERVICE_TYPES.map((s) => ({ value: s, label: t(`common:serviceTypes.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('serviceType')}
          />
          <Select
            label={t('classification')}
            data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`common:classifications.${c}`) }))}
            allowDeselect={false}
            {...form.getInputProps('classification')}
          />
        </Group>
        <Group grow wrap="wrap">
          <NumberInput label="RPO (menit)" required={kritis} min={0} {...form.getInputProps('rpoMinutes')} />
          <NumberInput label="RTO (menit)" required={kritis} min={0} {...form.getInputProps('rtoMinutes')} />
          <TextInput label="DRP" required={kritis} {...form.getInputProps('drpReference')} />
        </Group>
        <MultiSelect
          label={t('serviceAdmins')}
          data={optionsOf(serviceStaff.data, service?.serviceAdmins ?? [])}
          searchable
          {...form.getInputProps('serviceAdminIds')}
        />
        <MultiSelect
          label={t('infraAdmins')}
          data={optionsOf(infraStaff.data, service?.infraAdmins ?? [])}
          searchable
          {...form.getInputProps('infraAdminIds')}
        />
        <TextInput label={t('access')} required {...form.getInputProps('accessInfo')} />
        <Group grow wrap="wrap">
          <NumberInput
            label={`${t('availability')} (%)`}
            min={0}
            max={100}
            decimalScale={2}
            {...form.getInputProps('availabilityTarget')}
          />
          <NumberInput
            label="Ketersediaan saat ini (%)"
            min={0}
            max={100}
            decimalScale={2}
            {...form.getInputProps('currentAvailability')}
          />
        </Group>
        <TextInput label={t('serviceHelp', { contact: '' }).replace(':', '').trim()} required {...form.getInputProps('helpContact')} />
        <TextInput label={t('helpdeskHours')} required {...form.getInputProps('helpdeskHours')} />
        <Checkbox label="Menerima aduan masyarakat tanpa akun" {...form.getInputProps('publicReporting', { type: 'checkbox' })} />
        {service && <Checkbox label={t('common:active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
