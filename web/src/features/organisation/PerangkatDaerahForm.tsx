import { Button, Checkbox, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PD_TYPES, PerangkatDaerahCreate, type PerangkatDaerah } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { useCreatePerangkatDaerah, usePerangkatDaerahOptions, useUpdatePerangkatDaerah } from './api';

type Values = z.input<typeof PerangkatDaerahCreate> & { active: boolean };

/** Create (no `pd`) or edit a Perangkat Daerah. */
export function PerangkatDaerahForm({ pd, onDone }: { pd?: PerangkatDaerah; onDone: () => void }) {
  const { t } = useTranslation(['organisation', 'common']);
  const create = useCreatePerangkatDaerah();
  const update = useUpdatePerangkatDaerah();
  const parents = usePerangkatDaerahOptions().filter((o) => o.value !== pd?.id);
  const form = useForm<Values>({
    initialValues: {
      name: pd?.name ?? '',
      shortName: pd?.shortName ?? '',
      type: pd?.type ?? 'dinas',
      isDiskominfo: pd?.isDiskominfo ?? false,
      parentId: pd?.parentId ?? null,
      active: pd?.active ?? true,
    },
    validate: zodValidate(PerangkatDaerahCreate.extend({ active: z.boolean() })),
  });

  const submit = form.onSubmit(({ active, ...values }) => {
    const handlers = {
      onSuccess: () => {
        showSaved();
        onDone();
      },
      onError: (e: unknown) => showProblem(e, form),
    };
    if (pd) update.mutate({ id: pd.id, ...values, active, version: pd.version }, handlers);
    else create.mutate(values, handlers);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('name')} required data-autofocus {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput label={t('shortName')} required {...form.getInputProps('shortName')} />
          <Select
            label={t('type')}
            data={PD_TYPES.map((type) => ({ value: type, label: t(`pdTypes.${type}`) }))}
            allowDeselect={false}
            {...form.getInputProps('type')}
          />
        </Group>
        <Select label={t('parent')} placeholder={t('noParent')} data={parents} clearable searchable {...form.getInputProps('parentId')} />
        <Checkbox label={t('isDiskominfo')} {...form.getInputProps('isDiskominfo', { type: 'checkbox' })} />
        {pd && <Switch label={t('activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
