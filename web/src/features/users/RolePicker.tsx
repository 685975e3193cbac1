import { Button, Group, Select } from '@mantine/core';
import { ROLE_CODES, ROLES, type RoleAssignmentCreate, type RoleCode } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePerangkatDaerahOptions } from '../organisation/api';

const WHOLE_PEMDA = '__pemda__';

/** Picks a role and where it is held; offers only the scopes the role allows. */
export function RolePicker({ onPick, busy }: { onPick: (input: RoleAssignmentCreate) => void; busy?: boolean }) {
  const { t } = useTranslation(['users', 'common']);
  const pds = usePerangkatDaerahOptions();
  const [role, setRole] = useState<RoleCode | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const def = role ? ROLES[role] : null;
  const scopeOptions = [
    ...(def && def.scope !== 'pd' ? [{ value: WHOLE_PEMDA, label: t('wholePemda') }] : []),
    ...(def && def.scope !== 'pemda'
      ? pds.filter((p) => !def.diskominfoOnly || p.isDiskominfo).map((p) => ({ value: p.value, label: p.label }))
      : []),
  ];

  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('role')}
        data={ROLE_CODES.map((code) => ({ value: code, label: t(`common:roles.${code}`) }))}
        value={role}
        onChange={(value) => {
          setRole(value as RoleCode | null);
          setScope(value && ROLES[value as RoleCode].scope === 'pemda' ? WHOLE_PEMDA : null);
        }}
        searchable
        miw={260}
      />
      <Select label={t('scope')} data={scopeOptions} value={scope} onChange={setScope} disabled={!role} searchable miw={240} />
      <Button
        variant="light"
        disabled={!role || !scope}
        loading={busy}
        onClick={() => {
          if (!role || !scope) return;
          onPick({ role, perangkatDaerahId: scope === WHOLE_PEMDA ? null : scope });
          setRole(null);
          setScope(null);
        }}
      >
        {t('addRole')}
      </Button>
    </Group>
  );
}
