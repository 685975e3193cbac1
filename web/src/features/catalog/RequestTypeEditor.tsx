import { Button, Checkbox, Group, NumberInput, Switch, TextInput } from '@mantine/core';
import type { RequestType, Service } from '@sigap/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { showProblem, showSaved } from '../../lib/forms';

/** The owner keeps the service's request types (daftar permintaan layanan) and their fulfilment targets. */
export function RequestTypeEditor({ service }: { service: Service }) {
  const { t } = useTranslation(['catalog', 'common']);
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [minutes, setMinutes] = useState<number | string>(450);
  const [approval, setApproval] = useState(false);
  const done = () => queryClient.invalidateQueries({ queryKey: ['services'] });
  const add = useMutation({
    mutationFn: () =>
      api.POST('/services/{id}/request-types', {
        params: { path: { id: service.id } },
        body: { name, fulfilmentMinutes: Number(minutes), requiresApproval: approval },
      }),
    onSuccess: () => (showSaved(t('common:created')), setName(''), done()),
    onError: (e) => showProblem(e),
  });
  const toggle = useMutation({
    mutationFn: (r: RequestType) =>
      api.PUT('/services/{id}/request-types/{requestTypeId}', {
        params: { path: { id: service.id, requestTypeId: r.id } },
        body: {
          name: r.name,
          description: r.description,
          fulfilmentMinutes: r.fulfilmentMinutes,
          requiresApproval: r.requiresApproval,
          active: !r.active,
        },
      }),
    onSuccess: done,
    onError: (e) => showProblem(e),
  });
  return (
    <>
      {service.requestTypes.map((r) => (
        <Switch key={r.id} size="xs" label={`${r.name} — ${t('common:active')}`} checked={r.active} onChange={() => toggle.mutate(r)} />
      ))}
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('requestType')} value={name} onChange={(e) => setName(e.currentTarget.value)} miw={220} style={{ flex: 1 }} />
        <NumberInput label={t('fulfilmentMinutes')} min={1} value={minutes} onChange={setMinutes} w={180} />
        <Checkbox label={t('needsApproval')} checked={approval} onChange={(e) => setApproval(e.currentTarget.checked)} mb={8} />
        <Button size="sm" variant="light" disabled={name.trim().length < 3} loading={add.isPending} onClick={() => add.mutate()}>
          {t('common:add')}
        </Button>
      </Group>
    </>
  );
}
