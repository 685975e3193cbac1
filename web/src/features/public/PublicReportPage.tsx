import { Alert, Button, Code, Paper, Radio, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { showProblem } from '../../lib/forms';
import { usePublicReport, usePublicServices } from '../tickets/api';
import { PublicLayout } from './PublicLayout';

interface Values {
  serviceId: string | null;
  title: string;
  description: string;
  impact: 'mayor' | 'minor';
  urgency: string;
  name: string;
  email: string;
  phone: string;
}

export function PublicReportPage() {
  const { t } = useTranslation(['public', 'common']);
  const services = usePublicServices();
  const report = usePublicReport();
  const [receipt, setReceipt] = useState<{ number: string; trackingCode: string } | null>(null);
  const form = useForm<Values>({
    initialValues: { serviceId: null, title: '', description: '', impact: 'minor', urgency: '3', name: '', email: '', phone: '' },
  });
  const service = services.data?.find((s) => s.id === form.values.serviceId);

  const submit = form.onSubmit((v) =>
    report.mutate(
      {
        serviceId: v.serviceId ?? '',
        title: v.title,
        description: v.description,
        impact: v.impact,
        urgency: Number(v.urgency) as 1 | 2 | 3,
        name: v.name,
        email: v.email,
        phone: v.phone,
        contactPreference: v.email ? 'email' : 'phone',
      },
      { onSuccess: setReceipt, onError: (e) => showProblem(e, form) },
    ),
  );

  return (
    <PublicLayout>
      <Stack>
        <Title order={1} size="h2">
          {t('publicReportTitle')}
        </Title>
        <Text c="dimmed">{t('publicReportIntro')}</Text>
        {report.error instanceof ApiError && report.error.problem.code === 'pemda.suspended' && (
          // The Pemda is suspended: say so where the reporter looks, not only in a passing notice.
          <Alert color="red" role="alert" title={report.error.problem.title}>
            {report.error.problem.detail}
          </Alert>
        )}
        {receipt ? (
          <Alert color="green" role="status" title={t('submitted', { number: receipt.number })}>
            <Stack gap="xs">
              <Text>
                {t('trackingCode')}:{' '}
                <Code fz="lg" data-testid="tracking-code">
                  {receipt.trackingCode}
                </Code>
              </Text>
              <Text size="sm">{t('trackingHint')}</Text>
              <Button component={Link} to={`/lacak/${receipt.trackingCode}`} w="fit-content">
                {t('track')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <Paper withBorder p="md">
            <form onSubmit={submit} noValidate>
              <Stack>
                <Select
                  label={t('service')}
                  required
                  searchable
                  data={(services.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                  {...form.getInputProps('serviceId')}
                />
                {service && (
                  <Text size="xs" c="dimmed">
                    {service.providerPdName} · {t('serviceHelp', { contact: service.helpContact })}
                  </Text>
                )}
                <TextInput label={t('title')} required {...form.getInputProps('title')} />
                <Textarea label={t('description')} required autosize minRows={4} {...form.getInputProps('description')} />
                <Radio.Group label={t('impact')} {...form.getInputProps('impact')}>
                  <Stack gap={6} mt={4}>
                    <Radio value="mayor" label={t('common:impacts.mayor')} />
                    <Radio value="minor" label={t('common:impacts.minor')} />
                  </Stack>
                </Radio.Group>
                <Select
                  label={t('urgency')}
                  data={(['1', '2', '3'] as const).map((u) => ({ value: u, label: t(`common:urgencies.${u}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps('urgency')}
                />
                <TextInput label={t('yourName')} required autoComplete="name" {...form.getInputProps('name')} />
                <TextInput label={t('email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
                <TextInput label={t('phone')} type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
                <Button type="submit" loading={report.isPending}>
                  {t('submit')}
                </Button>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
    </PublicLayout>
  );
}
