import { Badge, Button, CloseButton, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UserCreate, type RoleAssignmentCreate } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { usePerangkatDaerahOptions } from '../organisation/api';
import { useCreateUser } from './api';
import { RolePicker } from './RolePicker';
import { UserFields, type PersonFields } from './UserFields';

type Values = PersonFields & { password: string };

export function UserCreateForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const create = useCreateUser();
  const pdNames = new Map(usePerangkatDaerahOptions().map((p) => [p.value, p.label]));
  const [roles, setRoles] = useState<RoleAssignmentCreate[]>([]);
  const form = useForm<Values>({
    initialValues: { name: '', email: '', nip: '', phone: '', perangkatDaerahId: null, password: '' },
    validate: zodValidate(UserCreate.omit({ roles: true })),
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      { ...values, roles },
      {
        onSuccess: () => {
          showSaved(t('common:created'));
          onDone();
        },
        onError: (e) => showProblem(e, form),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <UserFields form={form} />
        <PasswordInput label={t('password')} required autoComplete="new-password" {...form.getInputProps('password')} />
        <Stack gap="xs">
          <Text fw={500} size="sm">
            {t('roles')}
          </Text>
          <Group gap="xs">
            {roles.map((r, i) => (
              <Badge
                key={`${r.role}-${r.perangkatDaerahId ?? 'pemda'}`}
                variant="light"
                tt="none"
                rightSection={
                  <CloseButton
                    size="xs"
                    aria-label={t('removeRole', { role: t(`common:roles.${r.role}`) })}
                    onClick={() => setRoles(roles.filter((_, j) => j !== i))}
                  />
                }
              >
                {t(`common:roles.${r.role}`)} — {r.perangkatDaerahId ? pdNames.get(r.perangkatDaerahId) : t('wholePemda')}
              </Badge>
            ))}
          </Group>
          <RolePicker onPick={(r) => setRoles([...roles, r])} />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
