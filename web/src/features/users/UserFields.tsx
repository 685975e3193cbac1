import { Group, Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { usePerangkatDaerahOptions } from '../organisation/api';

export interface PersonFields {
  name: string;
  email: string;
  nip: string;
  phone: string;
  perangkatDaerahId: string | null;
}

/** The person's own fields, shared by the create and edit forms. */
export function UserFields<T extends PersonFields>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation('users');
  const pds = usePerangkatDaerahOptions();
  return (
    <>
      <TextInput label={t('name')} required data-autofocus {...form.getInputProps('name')} />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t('email')} type="email" required miw={200} {...form.getInputProps('email')} />
        <TextInput label={t('phone')} type="tel" miw={160} {...form.getInputProps('phone')} />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          label={t('nip')}
          description={t('nipHint')}
          inputMode="numeric"
          maxLength={18}
          miw={200}
          {...form.getInputProps('nip')}
        />
        <Select
          label={t('homePd')}
          placeholder={t('noPd')}
          data={pds}
          clearable
          searchable
          miw={200}
          {...form.getInputProps('perangkatDaerahId')}
        />
      </Group>
    </>
  );
}
