import { Alert } from '@mantine/core';
import type { Permission } from '@sigap/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/session';

/** Renders children only for holders of `permission`; the server enforces it regardless. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation('common');
  if (!useCan(permission)) return <Alert color="yellow">{t('errors.forbidden')}</Alert>;
  return children;
}
