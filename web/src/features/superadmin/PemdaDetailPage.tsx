import { Alert, Anchor, Button, Card, Group, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { PEMDA_KINDS, PemdaRename, PemdaSuspend, TIME_ZONES } from '@sigap/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved, zodValidate } from '../../lib/forms';
import { pemdaQuery, useReactivatePemda, useSuspendPemda, useUpdatePemda, type PemdaSummary } from './api';
import { formatInZone } from './format';
import { StatusBadge } from './PemdaListPage';

/** `/superadmin/pemda/$id`: one Pemda — its summary, its name and zone, suspension and reactivation. */
export function PemdaDetailPage() {
  const { t } = useTranslation(['superadmin', 'common']);
  const { id } = useParams({ from: '/operator/superadmin/pemda/$id' });
  const pemda = useSuspenseQuery(pemdaQuery(id)).data;
  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/superadmin" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={1} size="h2">
          {pemda.name}
        </Title>
        <StatusBadge status={pemda.status} />
      </Group>
      <Summary pemda={pemda} />
      <EditForm key={pemda.version} pemda={pemda} />
      {pemda.status === 'active' ? <SuspendSection pemda={pemda} /> : <ReactivateSection pemda={pemda} />}
    </Stack>
  );
}

function Summary({ pemda }: { pemda: PemdaSummary }) {
  const { t } = useTranslation(['superadmin', 'common']);
  const rows: [string, string][] = [
    [t('list.code'), pemda.code],
    [t('form.kind'), t(`kinds.${pemda.kind}`)],
    [t('list.timeZone'), t(`common:timeZones.${pemda.timeZone}`)],
    [t('detail.createdAt'), formatInZone(pemda.createdAt, pemda.timeZone)],
    [t('detail.updatedAt'), formatInZone(pemda.updatedAt, pemda.timeZone)],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="summary-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="summary-title">
          {t('detail.summary')}
        </Title>
        <Text>{t('detail.counts', { users: pemda.userCount, pds: pemda.perangkatDaerahCount })}</Text>
        <dl style={{ margin: 0 }}>
          {rows.map(([label, value]) => (
            <Group key={label} gap="xs" wrap="wrap">
              <Text component="dt" fw={600} size="sm">
                {label}:
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </dl>
        {pemda.status === 'suspended' && pemda.suspendedAt && (
          <Alert
            color="red.9"
            variant="filled"
            role="status"
            title={t('detail.suspendedSince', { at: formatInZone(pemda.suspendedAt, pemda.timeZone) })}
          >
            {t('detail.reason', { reason: pemda.suspensionReason ?? '' })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function EditForm({ pemda }: { pemda: PemdaSummary }) {
  const { t } = useTranslation(['superadmin', 'common']);
  const update = useUpdatePemda(pemda.id);
  const form = useForm<PemdaRename>({
    initialValues: { name: pemda.name, kind: pemda.kind, timeZone: pemda.timeZone, version: pemda.version },
    validate: zodValidate(PemdaRename),
  });
  return (
    <Card withBorder component="section" aria-labelledby="edit-title">
      <form
        onSubmit={form.onSubmit((v) => update.mutate(v, { onSuccess: () => showSaved(), onError: (e) => showProblem(e, form) }))}
        noValidate
      >
        <Stack>
          <Title order={2} size="h4" id="edit-title">
            {t('detail.edit')}
          </Title>
          <TextInput label={t('form.name')} required {...form.getInputProps('name')} />
          <Group grow align="flex-start" wrap="wrap">
            <Select
              label={t('form.kind')}
              data={PEMDA_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              allowDeselect={false}
              miw={180}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('form.timeZone')}
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

function SuspendSection({ pemda }: { pemda: PemdaSummary }) {
  const { t } = useTranslation(['superadmin', 'common']);
  const [opened, { open, close }] = useDisclosure();
  const suspend = useSuspendPemda(pemda.id);
  const form = useForm<PemdaSuspend>({ initialValues: { reason: '', version: pemda.version }, validate: zodValidate(PemdaSuspend) });
  const submit = form.onSubmit((v) =>
    suspend.mutate(
      { ...v, version: pemda.version },
      {
        onSuccess: () => {
          close();
          showSaved(t('detail.suspended', { name: pemda.name }));
        },
        onError: (e) => showProblem(e, form),
      },
    ),
  );
  return (
    <Card withBorder component="section" aria-labelledby="suspend-title">
      <Stack>
        <Title order={2} size="h4" id="suspend-title">
          {t('detail.suspendTitle')}
        </Title>
        <Text size="sm">{t('detail.suspendIntro')}</Text>
        <Button color="red.9" onClick={open} w="fit-content">
          {t('detail.suspend')}
        </Button>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('detail.confirmSuspend', { name: pemda.name })}
        closeButtonProps={{ 'aria-label': t('common:close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('detail.suspendIntro')}</Text>
            <Textarea
              label={t('detail.suspendReason')}
              description={t('detail.suspendReasonHint')}
              required
              autosize
              minRows={2}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={suspend.isPending}>
                {t('detail.suspend')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}

function ReactivateSection({ pemda }: { pemda: PemdaSummary }) {
  const { t } = useTranslation(['superadmin', 'common']);
  const reactivate = useReactivatePemda(pemda.id);
  return (
    <Card withBorder component="section" aria-labelledby="reactivate-title">
      <Stack>
        <Title order={2} size="h4" id="reactivate-title">
          {t('detail.reactivateTitle')}
        </Title>
        <Text size="sm">{t('detail.reactivateIntro')}</Text>
        <Button
          w="fit-content"
          loading={reactivate.isPending}
          onClick={() =>
            reactivate.mutate(pemda.version, {
              onSuccess: () => showSaved(t('detail.reactivated', { name: pemda.name })),
              onError: (e) => showProblem(e),
            })
          }
        >
          {t('detail.reactivate')}
        </Button>
      </Stack>
    </Card>
  );
}
