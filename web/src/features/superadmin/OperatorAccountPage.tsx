import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PasswordChange } from '@sigap/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { operatorMeQuery, useOperatorPassword } from './api';

type Values = z.input<typeof PasswordChange>;

/** `/superadmin/akun`: who is signed in, and their password. */
export function OperatorAccountPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const me = useSuspenseQuery(operatorMeQuery).data;
  const change = useOperatorPassword();
  const form = useForm<Values>({ initialValues: { currentPassword: '', newPassword: '' }, validate: zodValidate(PasswordChange) });
  return (
    <Stack maw={480}>
      <Title order={1} size="h2">
        {t('account.title')}
      </Title>
      <Text>
        {me.name} · {me.email} · {t('role')}
      </Text>
      <Paper withBorder p="md">
        <form
          onSubmit={form.onSubmit((v) =>
            change.mutate(v, {
              onSuccess: () => {
                form.reset();
                showSaved(t('account.changed'));
              },
              onError: (e) => showProblem(e, form),
            }),
          )}
          noValidate
        >
          <Stack>
            <Title order={2} size="h4">
              {t('account.changePassword')}
            </Title>
            <PasswordInput
              label={t('account.currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label={t('account.newPassword')}
              description={t('account.newPasswordHint')}
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
