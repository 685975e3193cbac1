import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { CLASSIFICATIONS, IMPACTS, PRIORITIES, SERVICE_TYPES, ServiceDeskPolicySchema, type ServiceDeskPolicy } from '@sigap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFieldErrors, showProblem, showSaved } from '../../lib/forms';
import { oneOf } from '../../lib/oneOf';

/** What each number may be (the contract's bounds), as a person types it: the escalation share in %. */
const RANGES: Record<string, { min: number; max: number }> = {
  responseMinutes: { min: 1, max: 86_400 },
  resolutionHours: { min: 1, max: 2000 },
  maxResponseMinutes: { min: 1, max: 86_400 },
  reportBackdateDays: { min: 0, max: 90 },
  escalationShare: { min: 10, max: 99 },
  autoCloseWorkingDays: { min: 1, max: 60 },
};
const CLOCKS = ['working', 'calendar'] as const;

/** The fields of `policy` the contract refuses, keyed like the server's problem paths (`responseMinutes.P2`). */
function refusedFields(policy: ServiceDeskPolicy): string[] {
  const result = ServiceDeskPolicySchema.safeParse(policy);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))];
}

/**
 * The priority matrix and targets as a form. A value out of range is refused on its field (never
 * clamped); "saved" is said only once the server has saved it.
 */
export function PolicyForm({ initial, save }: { initial: ServiceDeskPolicy; save: (policy: ServiceDeskPolicy) => Promise<unknown> }) {
  const { t } = useTranslation(['sla', 'common']);
  const [policy, setPolicy] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (next: Partial<ServiceDeskPolicy>) => setPolicy({ ...policy, ...next });
  const rangeError = (path: string) => {
    const range = RANGES[path.split('.')[0] ?? ''];
    return range ? t('outOfRange', range) : t('invalid');
  };
  const submit = async () => {
    const refused = refusedFields(policy);
    setErrors(Object.fromEntries(refused.map((p) => [p, rangeError(p)])));
    if (refused.length > 0) return;
    setSaving(true);
    try {
      await save(policy);
      showSaved();
    } catch (error) {
      const server = problemFieldErrors(error);
      setErrors(Object.fromEntries(Object.entries(server).map(([path, message]) => [path.replace(/^policy\./, ''), message])));
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };
  const impactName = (impact: (typeof IMPACTS)[number]) => t(`common:impacts.${impact}`).split(' — ')[0] ?? impact;
  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);

  return (
    <Card withBorder component="section" aria-labelledby="policy-title">
      <Stack>
        <Title order={2} size="h4" id="policy-title">
          {t('title')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('impact')}</Table.Th>
                <Table.Th>{t('serviceType')}</Table.Th>
                {CLASSIFICATIONS.map((c) => (
                  <Table.Th key={c}>{t(`common:classifications.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPACTS.flatMap((impact) =>
                SERVICE_TYPES.map((type) => (
                  <Table.Tr key={`${impact}-${type}`}>
                    <Table.Td>{impactName(impact)}</Table.Td>
                    <Table.Td>{t(`common:serviceTypes.${type}`)}</Table.Td>
                    {CLASSIFICATIONS.map((c) => (
                      <Table.Td key={c}>
                        <Select
                          aria-label={[impactName(impact), t(`common:serviceTypes.${type}`), t(`common:classifications.${c}`)].join(' · ')}
                          data={[...PRIORITIES]}
                          value={policy.priorityMatrix[impact][type][c]}
                          allowDeselect={false}
                          w={80}
                          onChange={(v) => {
                            const priority = oneOf(PRIORITIES, v);
                            if (!priority) return;
                            const row = { ...policy.priorityMatrix[impact][type], [c]: priority };
                            set({
                              priorityMatrix: { ...policy.priorityMatrix, [impact]: { ...policy.priorityMatrix[impact], [type]: row } },
                            });
                          }}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text fw={600} size="sm">
          {t('response')}
        </Text>
        <Group wrap="wrap" align="flex-start">
          {PRIORITIES.map((p) => (
            <NumberInput
              key={p}
              label={p}
              clampBehavior="none"
              allowDecimal={false}
              w={120}
              value={policy.responseMinutes[p]}
              error={errors[`responseMinutes.${p}`]}
              onChange={(v) => set({ responseMinutes: { ...policy.responseMinutes, [p]: number(v) } })}
            />
          ))}
        </Group>
        <Text fw={600} size="sm">
          {t('resolution')}
        </Text>
        <Group wrap="wrap" align="flex-start">
          {(['1', '2', '3'] as const).map((u) => (
            <NumberInput
              key={u}
              label={t(`common:urgencies.${u}`).split(' — ')[0]}
              clampBehavior="none"
              w={160}
              value={policy.resolutionHours[u]}
              error={errors[`resolutionHours.${u}`]}
              onChange={(v) => set({ resolutionHours: { ...policy.resolutionHours, [u]: number(v) } })}
            />
          ))}
        </Group>
        <Group wrap="wrap" align="flex-start">
          <NumberInput
            label={t('maxResponse')}
            clampBehavior="none"
            allowDecimal={false}
            w={220}
            value={policy.maxResponseMinutes}
            error={errors.maxResponseMinutes}
            onChange={(v) => set({ maxResponseMinutes: number(v) })}
          />
          <NumberInput
            label={t('reportBackdate')}
            description={t('reportBackdateHint')}
            clampBehavior="none"
            allowDecimal={false}
            w={260}
            value={policy.reportBackdateDays}
            error={errors.reportBackdateDays}
            onChange={(v) => set({ reportBackdateDays: number(v) })}
          />
          <NumberInput
            label={t('escalationShare')}
            clampBehavior="none"
            w={220}
            value={Math.round(policy.escalationShare * 1000) / 10}
            error={errors.escalationShare}
            onChange={(v) => set({ escalationShare: number(v) / 100 })}
          />
          <NumberInput
            label={t('autoClose')}
            clampBehavior="none"
            allowDecimal={false}
            w={220}
            value={policy.autoCloseWorkingDays}
            error={errors.autoCloseWorkingDays}
            onChange={(v) => set({ autoCloseWorkingDays: number(v) })}
          />
        </Group>
        <Group wrap="wrap">
          {(['response', 'resolution', 'fulfilment'] as const).map((k) => (
            <Select
              key={k}
              label={t(`clock.${k}`)}
              data={CLOCKS.map((c) => ({ value: c, label: t(c) }))}
              value={policy.clocks[k]}
              allowDeselect={false}
              onChange={(v) => set({ clocks: { ...policy.clocks, [k]: oneOf(CLOCKS, v) ?? policy.clocks[k] } })}
              w={220}
            />
          ))}
        </Group>
        <Button w="fit-content" loading={saving} onClick={() => void submit()}>
          {t('common:save')}
        </Button>
      </Stack>
    </Card>
  );
}
