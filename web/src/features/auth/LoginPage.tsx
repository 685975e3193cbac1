import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoginRequest } from '@sigap/core';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { zodValidate } from '../../lib/forms';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { useLogin } from './session';

export function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const navigate = useNavigate();
  const search: { redirect?: string } = useSearch({ strict: false });
  const login = useLogin();
  const form = useForm<LoginRequest>({ initialValues: { email: '', password: '' }, validate: zodValidate(LoginRequest) });

  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => void navigate({ to: search.redirect?.startsWith('/') ? search.redirect : '/' }),
    }),
  );
  const error = login.error instanceof ApiError ? login.error.problem.detail : login.error ? String(login.error) : null;

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('common:app.tagline')}
            </Text>
          </div>
          <form onSubmit={submit} noValidate>
            <Stack>
              {error && (
                <Alert color="red" role="alert">
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
          <Text size="xs" c="dimmed">
            {t('demoHint')}
          </Text>
          <Anchor component={Link} to="/aduan" size="sm">
            {t('publicReport')} →
          </Anchor>
          <LanguageSwitch />
          <Anchor href="/api/openapi.json" size="xs">
            OpenAPI
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
