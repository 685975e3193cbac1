import { Badge, Button, CloseButton, Divider, Group, PasswordInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PasswordReset, UserUpdate, type User } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { useAddRole, useRemoveRole, useResetPassword, useUpdateUser } from './api';
import { RolePicker } from './RolePicker';
import { UserFields, type PersonFields } from './UserFields';

type Values = PersonFields & { active: boolean };

export function UserEditor({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const update = useUpdateUser();
  const form = useForm<Values>({
    initialValues: {
      name: user.name,
      email: user.email,
      nip: user.nip ?? '',
      phone: user.phone ?? '',
      perangkatDaerahId: user.perangkatDaerahId,
      active: user.active,
    },
    validate: zodValidate(UserUpdate.omit({ version: true })),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { id: user.id, ...values, version: user.version },
      {
        onSuccess: () => {
          showSaved();
          onDone();
        },
        onError: (e) => showProblem(e, form),
      },
    ),
  );

  return (
    <Stack>
      <form onSubmit={submit} noValidate>
        <Stack>
          <UserFields form={form} />
          <Switch label={t('common:active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider />
      <RolesSection user={user} />
      <Divider />
      <PasswordResetSection userId={user.id} />
    </Stack>
  );
}

function RolesSection({ user }: { user: User }) {
  const { t } = useTranslation(['users', 'common']);
  const add = useAddRole();
  const remove = useRemoveRole();
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('roles')}
      </Title>
      <Group gap="xs">
        {user.roles.length === 0 && <Text c="dimmed">—</Text>}
        {user.roles.map((r) => (
          <Badge
            key={r.id}
            variant="light"
            tt="none"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={t('removeRole', { role: t(`common:roles.${r.role}`) })}
                onClick={() => remove.mutate({ userId: user.id, assignmentId: r.id }, { onError: (e) => showProblem(e) })}
              />
            }
          >
            {t(`common:roles.${r.role}`)} — {r.perangkatDaerahName ?? t('wholePemda')}
          </Badge>
        ))}
      </Group>
      <RolePicker
        busy={add.isPending}
        onPick={(input) => add.mutate({ userId: user.id, ...input }, { onSuccess: () => showSaved(), onError: (e) => showProblem(e) })}
      />
    </Stack>
  );
}

function PasswordResetSection({ userId }: { userId: string }) {
  const { t } = useTranslation(['users', 'common']);
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const error = password ? PasswordReset.safeParse({ password }).error?.issues[0]?.message : undefined;
  return (
    <Group align="flex-end" wrap="wrap">
      <PasswordInput
        label={t('newPassword')}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={error}
        autoComplete="new-password"
        miw={240}
      />
      <Button
        variant="light"
        color="orange"
        disabled={!password || Boolean(error)}
        loading={reset.isPending}
        onClick={() =>
          reset.mutate(
            { userId, password },
            {
              onSuccess: () => {
                setPassword('');
                showSaved(t('passwordReset'));
              },
              onError: (e) => showProblem(e),
            },
          )
        }
      >
        {t('resetPassword')}
      </Button>
    </Group>
  );
}
