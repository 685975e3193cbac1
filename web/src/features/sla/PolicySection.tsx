import { Button, Card, Group, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { CLASSIFICATIONS, IMPACTS, PRIORITIES, SERVICE_TYPES, type ServiceDeskPolicy } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';

/** The Pemda's priority matrix (Y-Tabel 2) and targets (Y-Tabel 3, 11, 12); SPEC defaults until changed. */
export function PolicySection() {
  const { t } = useTranslation(['sla', 'common']);
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: ['policy'], queryFn: () => api.GET('/service-desk/policy') });
  // The form edits a draft of the stored policy; until the first edit it shows the stored one.
  const [draft, setDraft] = useState<ServiceDeskPolicy | null>(null);
  const policy = draft ?? stored.data?.policy ?? null;
  const save = useMutation({
    mutationFn: (next: ServiceDeskPolicy) =>
      api.PUT('/service-desk/policy', { body: { policy: next, version: stored.data?.version ?? 0 } }),
    onSuccess: () => {
      showSaved();
      void queryClient.invalidateQueries({ queryKey: ['policy'] });
    },
    onError: (e) => showProblem(e),
  });
  if (!policy) return null;
  const set = (next: Partial<ServiceDeskPolicy>) => {
    setDraft({ ...policy, ...next });
  };
  const clockOptions = [
    { value: 'working', label: t('working') },
    { value: 'calendar', label: t('calendar') },
  ];

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
                    <Table.Td>{t(`common:impacts.${impact}`).split(' — ')[0]}</Table.Td>
                    <Table.Td>{t(`common:serviceTypes.${type}`)}</Table.Td>
                    {CLASSIFICATIONS.map((c) => (
                      <Table.Td key={c}>
                        <Select
                          aria-label={`${impact} ${type} ${c}`}
                          data={[...PRIORITIES]}
                          value={policy.priorityMatrix[impact][type][c]}
                          allowDeselect={false}
                          w={80}
                          onChange={(v) =>
                            v &&
                            set({
                              priorityMatrix: {
                                ...policy.priorityMatrix,
                                [impact]: { ...policy.priorityMatrix[impact], [type]: { ...policy.priorityMatrix[impact][type], [c]: v } },
                              },
                            })
                          }
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
        <Group wrap="wrap">
          {PRIORITIES.map((p) => (
            <NumberInput
              key={p}
              label={p}
              min={1}
              w={100}
              value={policy.responseMinutes[p]}
              onChange={(v) => set({ responseMinutes: { ...policy.responseMinutes, [p]: Number(v) } })}
            />
          ))}
        </Group>
        <Text fw={600} size="sm">
          {t('resolution')}
        </Text>
        <Group wrap="wrap">
          {(['1', '2', '3'] as const).map((u) => (
            <NumberInput
              key={u}
              label={t(`common:urgencies.${u}`).split(' — ')[0]}
              min={1}
              w={140}
              value={policy.resolutionHours[u]}
              onChange={(v) => set({ resolutionHours: { ...policy.resolutionHours, [u]: Number(v) } })}
            />
          ))}
        </Group>
        <Group wrap="wrap">
          <NumberInput
            label={t('maxResponse')}
            min={1}
            w={200}
            value={policy.maxResponseMinutes}
            onChange={(v) => set({ maxResponseMinutes: Number(v) })}
          />
          <NumberInput
            label={t('reportBackdate')}
            description={t('reportBackdateHint')}
            min={0}
            max={90}
            w={260}
            value={policy.reportBackdateDays}
            onChange={(v) => set({ reportBackdateDays: Number(v) })}
          />
          <NumberInput
            label={t('escalationShare')}
            min={10}
            max={99}
            w={200}
            value={Math.round(policy.escalationShare * 100)}
            onChange={(v) => set({ escalationShare: Number(v) / 100 })}
          />
          <NumberInput
            label={t('autoClose')}
            min={1}
            max={60}
            w={200}
            value={policy.autoCloseWorkingDays}
            onChange={(v) => set({ autoCloseWorkingDays: Number(v) })}
          />
        </Group>
        <Group wrap="wrap">
          {(['response', 'resolution', 'fulfilment'] as const).map((k) => (
            <Select
              key={k}
              label={t(`clock.${k}`)}
              data={clockOptions}
              value={policy.clocks[k]}
              allowDeselect={false}
              onChange={(v) => v && set({ clocks: { ...policy.clocks, [k]: v as 'working' | 'calendar' } })}
              w={220}
            />
          ))}
        </Group>
        <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate(policy)}>
          {t('common:save')}
        </Button>
      </Stack>
    </Card>
  );
}
