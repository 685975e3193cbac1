import { Button, Group, Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IMPACTS, ProblemCreate, URGENCIES } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api/client';
import { showProblem, zodValidate } from '../../lib/forms';
import { useServices } from '../catalog/api';
import { useCreateProblem } from './api';

interface Values {
  title: string;
  description: string;
  serviceId: string | null;
  impact: string;
  urgency: string;
}

/**
 * Records a problem: proactively, or from incidents (`incidentIds`, e.g. chosen in the queue),
 * which are then linked to it as caused by it.
 */
export function NewProblemForm({
  incidentIds = [],
  onCreated,
  onCancel,
}: {
  incidentIds?: string[];
  onCreated: (problem: { id: string; number: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['problems', 'common']);
  const services = useServices({ pageSize: 100, active: true });
  const create = useCreateProblem();
  // One key per form: a retried submit after a lost answer does not record a second problem.
  const [key] = useState(newIdempotencyKey);
  const form = useForm<Values>({
    initialValues: { title: '', description: '', serviceId: null, impact: 'minor', urgency: '3' },
    validate: (values) => zodValidate(ProblemCreate)(inputOf(values)),
  });
  const inputOf = (v: Values) => ({
    title: v.title,
    description: v.description,
    serviceId: v.serviceId,
    impact: IMPACTS.find((i) => i === v.impact) ?? 'minor',
    urgency: URGENCIES.find((u) => String(u) === v.urgency) ?? 3,
    incidentIds,
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        create.mutate({ input: inputOf(values), key }, { onSuccess: onCreated, onError: (e) => showProblem(e, form) }),
      )}
    >
      <Stack>
        <TextInput label={t('name')} required maxLength={200} {...form.getInputProps('title')} />
        <Textarea label={t('description')} required autosize minRows={3} maxLength={10_000} {...form.getInputProps('description')} />
        <Select
          label={t('service')}
          placeholder={t('noService')}
          data={(services.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          searchable
          clearable
          {...form.getInputProps('serviceId')}
        />
        <Radio.Group label={t('impact')} {...form.getInputProps('impact')}>
          <Stack gap={4} mt={4}>
            {IMPACTS.map((i) => (
              <Radio key={i} value={i} label={t(`common:impacts.${i}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label={t('urgency')}
          data={URGENCIES.map((u) => ({ value: String(u), label: t(`common:urgencies.${u}`) }))}
          allowDeselect={false}
          {...form.getInputProps('urgency')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('common:save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
