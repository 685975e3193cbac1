import { Anchor, Button, Card, Group, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PEMDA_KINDS, PemdaProvision, TIME_ZONES, pemdaCodeFrom } from '@sigap/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { useCreatePemda } from './api';

type Values = z.input<typeof PemdaProvision>;

/** `/superadmin/pemda/baru`: a new Pemda with its first administrator, provisioned as `npm run pemda:create` does. */
export function NewPemdaPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const navigate = useNavigate();
  const create = useCreatePemda();
  // The code follows the name until the super-administrator writes one of their own.
  const [codeTouched, setCodeTouched] = useState(false);
  const form = useForm<Values>({
    initialValues: { name: '', code: '', kind: 'kabupaten', timeZone: 'Asia/Jakarta', adminName: '', adminEmail: '', adminPassword: '' },
    validate: zodValidate(PemdaProvision),
    onValuesChange: (values, previous) => {
      if (!codeTouched && values.name !== previous.name) form.setFieldValue('code', pemdaCodeFrom(values.name));
    },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (pemda) => {
        showSaved(t('form.created', { name: pemda.name }));
        void navigate({ to: '/superadmin/pemda/$id', params: { id: pemda.id } });
      },
      onError: (e) => showProblem(e, form),
    }),
  );
  const code = form.getInputProps('code');

  return (
    <Stack maw={720}>
      <Anchor component={Link} to="/superadmin" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Title order={1} size="h2">
        {t('form.newTitle')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('form.newIntro')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Card withBorder component="section" aria-labelledby="pemda-legend">
            <Stack>
              <Title order={2} size="h4" id="pemda-legend">
                {t('form.pemda')}
              </Title>
              <TextInput label={t('form.name')} required {...form.getInputProps('name')} />
              <TextInput
                label={t('form.code')}
                description={t('form.codeHint')}
                required
                {...code}
                onChange={(e) => {
                  setCodeTouched(true);
                  form.setFieldValue('code', e.currentTarget.value);
                }}
              />
              <Group grow align="flex-start" wrap="wrap">
                <Select
                  label={t('form.kind')}
                  data={PEMDA_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  allowDeselect={false}
                  miw={180}
                  {...form.getInputProps('kind')}
                />
                <Select
                  label={t('form.timeZone')}
                  data={TIME_ZONES.map((z) => ({ value: z, label: t(`common:timeZones.${z}`) }))}
                  allowDeselect={false}
                  miw={200}
                  {...form.getInputProps('timeZone')}
                />
              </Group>
            </Stack>
          </Card>
          <Card withBorder component="section" aria-labelledby="admin-legend">
            <Stack>
              <Title order={2} size="h4" id="admin-legend">
                {t('form.admin')}
              </Title>
              <TextInput label={t('form.adminName')} required autoComplete="off" {...form.getInputProps('adminName')} />
              <TextInput label={t('form.adminEmail')} type="email" required autoComplete="off" {...form.getInputProps('adminEmail')} />
              <PasswordInput
                label={t('form.adminPassword')}
                description={t('form.adminPasswordHint')}
                required
                autoComplete="new-password"
                {...form.getInputProps('adminPassword')}
              />
            </Stack>
          </Card>
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('form.create')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
