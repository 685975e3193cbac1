import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoginRequest } from '@sigap/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { zodValidate } from '../../lib/forms';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useOperatorLogin } from './api';

/** `/superadmin/masuk`: the deployment's super-administrators sign in here, apart from Pemda users. */
export function OperatorLoginPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const navigate = useNavigate();
  const search: { redirect?: string } = useSearch({ strict: false });
  const login = useOperatorLogin();
  const form = useForm<LoginRequest>({ initialValues: { email: '', password: '' }, validate: zodValidate(LoginRequest) });
  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => void navigate({ to: search.redirect?.startsWith('/superadmin') ? search.redirect : '/superadmin' }),
    }),
  );
  const error = login.error instanceof ApiError ? login.error.problem.detail : login.error ? String(login.error) : null;

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440} component="main">
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('loginTitle')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('loginIntro')}
            </Text>
          </div>
          <form onSubmit={submit} noValidate>
            <Stack>
              {error && (
                <Alert color="red.9" variant="filled" role="alert">
                  {error}
                </Alert>
              )}
              <TextInput label={t('email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
              <PasswordInput label={t('password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Button type="submit" loading={login.isPending}>
                {t('submit')}
              </Button>
            </Stack>
          </form>
          <Anchor component={Link} to="/masuk" size="sm">
            {t('pemdaLogin')} →
          </Anchor>
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
