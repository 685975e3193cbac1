import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { DESK_ROLES, PERMISSIONS, type StaffingGap } from '@sigap/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useStaffingCheck } from './api';

/**
 * The staffing check (issue 17, item 5): every service desk and approval step tickets can reach
 * that has nobody to act, where such tickets go meanwhile, and which roles to give. Role changes
 * on this page refresh it.
 */
export function StaffingCheck({ onShowPd }: { onShowPd: (pdId: string) => void }) {
  const { t } = useTranslation(['users', 'common']);
  const check = useStaffingCheck();
  if (!check.data) return null;
  const { gaps } = check.data;
  if (gaps.length === 0)
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} aria-hidden />} data-testid="staffing-check">
        {t('staffing.allStaffed')}
      </Alert>
    );
  const roles = (gap: StaffingGap) =>
    (gap.kind === 'approval' ? PERMISSIONS['tickets.approve'] : DESK_ROLES[gap.tier === 2 ? 2 : 1])
      .map((r) => t(`common:roles.${r}`))
      .join(t('staffing.or'));
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('staffing.title', { count: gaps.length })}
      data-testid="staffing-check"
    >
      <Stack gap="xs">
        <Text size="sm">{t('staffing.intro')}</Text>
        <List size="sm" spacing={6}>
          {gaps.map((g) => (
            <List.Item key={`${g.kind}:${g.perangkatDaerahId}:${g.tier ?? ''}`} data-testid="staffing-gap">
              <Text size="sm" fw={600} span>
                {g.kind === 'desk'
                  ? t('staffing.desk', { tier: g.tier ?? 1, pd: g.perangkatDaerahName })
                  : t('staffing.approval', { pd: g.perangkatDaerahName })}
              </Text>{' '}
              {g.services.length > 0 && (
                <Text size="sm" span c="dimmed">
                  ({g.services.join(', ')}){' '}
                </Text>
              )}
              <Text size="sm" span>
                {t(`staffing.fallback.${g.fallback}`)} {t('staffing.give', { roles: roles(g) })}
                {g.waitingTickets > 0 && ` ${t('staffing.waiting', { count: g.waitingTickets })}`}
              </Text>{' '}
              <Anchor component="button" type="button" size="sm" onClick={() => onShowPd(g.perangkatDaerahId)}>
                {t('staffing.showPd')}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
