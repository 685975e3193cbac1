import { Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PEMDA_KINDS, PemdaUpdate, TIME_ZONES, type Pemda } from '@sigap/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { pemdaQuery, useUpdatePemda } from './api';

export function PemdaCard() {
  const { data: pemda } = useSuspenseQuery(pemdaQuery);
  return <PemdaForm key={pemda.version} pemda={pemda} />;
}

function PemdaForm({ pemda }: { pemda: Pemda }) {
  const { t } = useTranslation(['organisation', 'common']);
  const update = useUpdatePemda();
  const form = useForm<PemdaUpdate>({
    initialValues: { name: pemda.name, kind: pemda.kind, timeZone: pemda.timeZone, version: pemda.version },
    validate: zodValidate(PemdaUpdate),
  });
  return (
    <Card withBorder component="section" aria-labelledby="pemda-title">
      <form
        onSubmit={form.onSubmit((v) => update.mutate(v, { onSuccess: () => showSaved(), onError: (e) => showProblem(e, form) }))}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4" id="pemda-title">
            {t('pemda')}
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('pemdaName')} required miw={220} {...form.getInputProps('name')} />
            <Select
              label={t('kind')}
              data={PEMDA_KINDS.map((k) => ({ value: k, label: t(`pemdaKinds.${k}`) }))}
              allowDeselect={false}
              miw={160}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('timeZone')}
              data={TIME_ZONES.map((z) => ({ value: z, label: t(`common:timeZones.${z}`) }))}
              allowDeselect={false}
              miw={200}
              {...form.getInputProps('timeZone')}
            />
          </Group>
          <Button type="submit" loading={update.isPending} w="fit-content">
            {t('common:save')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
