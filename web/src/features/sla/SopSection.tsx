import { Button, Card, NumberInput, Select, Stack, Table, Text, Title } from '@mantine/core';
import { SOP_FLOWS, SOP_UNITS, SopStandardsSchema, type SopStandards, type SopStep } from '@sigap/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { oneOf } from '../../lib/oneOf';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';

const validate = zodValidate(SopStandardsSchema);

/** The time standard of every Bantul SOP step (A.1–A.6, B.1–B.5); the SOP's own until the Pemda changes them. */
export function SopSection() {
  const { t } = useTranslation(['sla', 'common']);
  const titleId = useId();
  const queryClient = useQueryClient();
  const stored = useQuery({ queryKey: ['sop-settings'], queryFn: () => api.GET('/service-desk/sop') });
  const [draft, setDraft] = useState<SopStandards | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const standards = draft ?? stored.data?.standards ?? null;
  const save = useMutation({
    mutationFn: (next: SopStandards) => api.PUT('/service-desk/sop', { body: { standards: next, version: stored.data?.version ?? 0 } }),
    onSuccess: () => {
      showSaved();
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['sop-settings'] });
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
    onError: (e) => {
      if (e instanceof ApiError)
        setErrors(Object.fromEntries((e.problem.errors ?? []).map((x) => [x.path.replace(/^(body\.)?standards\./, ''), x.message])));
      showProblem(e);
    },
  });
  if (!standards) return null;
  const set = (step: SopStep, next: Partial<SopStandards[SopStep]>) => setDraft({ ...standards, [step]: { ...standards[step], ...next } });
  const submit = () => {
    const found = validate(standards);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(standards);
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack>
        <Title order={2} size="h4" id={titleId}>
          {t('sop.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('sop.hint')}
        </Text>
        {(['A', 'B'] as const).map((flow) => (
          <Stack key={flow} gap="xs">
            <Text fw={600} size="sm">
              {t(flow === 'A' ? 'sop.flowA' : 'sop.flowB')}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sop.step')}</Table.Th>
                    <Table.Th>{t('sop.value')}</Table.Th>
                    <Table.Th>{t('sop.unit')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {SOP_FLOWS[flow].map(({ step, phase }) => {
                    const name = `${step} ${t(`sop.steps.${flow}.${phase}`)}`;
                    return (
                      <Table.Tr key={step} data-step={step}>
                        <Table.Td>{name}</Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={`${name}: ${t('sop.value')}`}
                            w={110}
                            min={1}
                            max={10_000}
                            allowDecimal={false}
                            clampBehavior="none"
                            value={standards[step].value}
                            error={errors[`${step}.value`]}
                            onChange={(v) => set(step, { value: typeof v === 'number' ? v : Number(v) })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={`${name}: ${t('sop.unit')}`}
                            w={180}
                            allowDeselect={false}
                            data={SOP_UNITS.map((u) => ({ value: u, label: t(`sop.units.${u}`) }))}
                            value={standards[step].unit}
                            error={errors[`${step}.unit`]}
                            onChange={(v) => {
                              const unit = oneOf(SOP_UNITS, v ?? '');
                              if (unit) set(step, { unit });
                            }}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        ))}
        <Button w="fit-content" loading={save.isPending} onClick={submit} data-testid="save-sop">
          {t('common:save')}
        </Button>
      </Stack>
    </Card>
  );
}
