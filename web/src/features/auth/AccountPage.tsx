import { Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PasswordChange } from '@sigap/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../api/client';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';

type Values = z.input<typeof PasswordChange>;

export function AccountPage() {
  const { t } = useTranslation(['auth', 'common']);
  const form = useForm<Values>({ initialValues: { currentPassword: '', newPassword: '' }, validate: zodValidate(PasswordChange) });
  const change = useMutation({
    mutationFn: (values: Values) => api.POST('/auth/password', { body: values }),
    onSuccess: () => {
      form.reset();
      showSaved(t('passwordChanged'));
    },
    onError: (error) => showProblem(error, form),
  });
  return (
    <Stack maw={480}>
      <Title order={1} size="h2">
        {t('common:nav.account')}
      </Title>
      <Paper withBorder p="md">
        <form onSubmit={form.onSubmit((v) => change.mutate(v))} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('changePassword')}
            </Title>
            <PasswordInput
              label={t('currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('newPassword')}
              description={t('newPasswordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t('common:save')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
