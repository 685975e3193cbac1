import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CLASSIFICATIONS, SERVICE_TYPES, URGENCIES, type Ticket } from '@sigap/core';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { oneOf } from '../../lib/oneOf';
import { formatDateTime } from '../../lib/time';
import { useMe } from '../auth/session';
import { ActionPanel, CommentBox } from './ActionPanel';
import { useTicket, useTicketAction } from './api';
import { PriorityBadge, StatusBadge } from './badges';
import { Attachments } from './Attachments';
import { ConfirmForm } from './ConfirmForm';
import { DueTimers } from './DueTimers';
import { Timeline } from './Timeline';

export function TicketPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const ticket = useTicket(id);
  const { t } = useTranslation(['tickets', 'common']);
  if (ticket.isError) return <Alert color="red">{t('common:errors.notFound')}</Alert>;
  if (!ticket.data) return <Text c="dimmed">{t('common:loading')}</Text>;
  return <TicketView ticket={ticket.data} />;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? '—'}
      </Text>
    </div>
  );
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  const me = useMe();
  const tz = me.pemda.timeZone;
  const act = useTicketAction(ticket.id);
  const isReporter = ticket.reporter.userId === me.user.id && !ticket.allowedActions.includes('take');
  const agent = !isReporter && ticket.allowedActions.some((a) => a !== 'comment' && a !== 'confirm');
  const reason = ticket.priorityReason;
  // The server sends these as plain text; one the interface has no name for shows as sent.
  const serviceType = oneOf(SERVICE_TYPES, reason.serviceType);
  const classification = oneOf(CLASSIFICATIONS, reason.classification);
  const urgency = oneOf(URGENCIES, ticket.urgency);

  return (
    <Stack maw={1100}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={700} c="dimmed" data-testid="ticket-number">
            {ticket.number}
          </Text>
          <Badge variant="outline" tt="none">
            {t(`kinds.${ticket.kind}`)}
          </Badge>
          <PriorityBadge priority={ticket.priority} />
          <StatusBadge status={ticket.status} />
          <Badge variant="light" color="gray" tt="none">
            {t('tier', { tier: ticket.tier })} · {t('level', { level: ticket.escalationLevel })}
          </Badge>
        </Group>
        <Title order={1} size="h3">
          {ticket.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('priorityReason', {
            impact: t(`common:impacts.${reason.impact}`).split(' — ')[0],
            serviceType: serviceType ? t(`common:serviceTypes.${serviceType}`) : reason.serviceType,
            classification: classification ? t(`common:classifications.${classification}`) : reason.classification,
          })}
          {ticket.priorityOverrideReason && ` · ${t('overrideReason', { reason: ticket.priorityOverrideReason })}`}
        </Text>
      </Stack>
      <DueTimers ticket={ticket} timeZone={tz} />
      {ticket.allowedActions.includes('confirm') && (
        <ConfirmForm
          busy={act.isPending}
          onConfirm={(v) =>
            act.mutate(
              { action: 'confirm', ...v, version: ticket.version },
              { onSuccess: () => showSaved(), onError: (e) => showProblem(e) },
            )
          }
        />
      )}
      {agent && <ActionPanel ticket={ticket} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
            <SimpleGrid cols={2}>
              <Field label={t('service')}>{ticket.serviceName}</Field>
              <Field label={t('requestType')}>{ticket.requestTypeName}</Field>
              <Field label={t('handlingPd')}>{ticket.handlingPdName}</Field>
              <Field label={t('assignee')}>{ticket.assigneeName ?? t('unassigned')}</Field>
              <Field label={t('reportedAt')}>{formatDateTime(ticket.reportedAt, tz)}</Field>
              <Field label={t('channel')}>{t(`channels.${ticket.channel}`)}</Field>
              <Field label={t('impact')}>{t(`common:impacts.${ticket.impact}`)}</Field>
              <Field label={t('urgency')}>{urgency ? t(`common:urgencies.${urgency}`) : ticket.urgency}</Field>
              {ticket.category && <Field label={t('category')}>{ticket.category}</Field>}
              {ticket.approval && <Field label={t('approval')}>{ticket.approval}</Field>}
              {ticket.cause && <Field label={t('cause')}>{ticket.cause}</Field>}
              {ticket.affectedItems && <Field label={t('affectedItems')}>{ticket.affectedItems}</Field>}
              {ticket.vendorNote && <Field label={t('vendor')}>{ticket.vendorNote}</Field>}
              <Field label={t('serviceAdmins')}>{ticket.serviceAdmins.join(', ') || null}</Field>
              <Field label={t('infraAdmins')}>{ticket.infraAdmins.join(', ') || null}</Field>
            </SimpleGrid>
            <Attachments ticket={ticket} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <SimpleGrid cols={2}>
            <Field label={t('reporter')}>{ticket.reporter.name}</Field>
            <Field label="">{ticket.reporter.perangkatDaerahName}</Field>
            <Field label={t('email')}>{ticket.reporter.email}</Field>
            <Field label={t('phone')}>{ticket.reporter.phone}</Field>
            <Field label="NIP">{ticket.reporter.nip}</Field>
            <Field label={t('contactPreference')}>{t(`contactPreferences.${ticket.reporter.contactPreference}`)}</Field>
            {ticket.confirmedAt && <Field label={t('confirmTitle')}>{formatDateTime(ticket.confirmedAt, tz)}</Field>}
            {ticket.closedAt && <Field label={t('statuses.closed')}>{formatDateTime(ticket.closedAt, tz)}</Field>}
          </SimpleGrid>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h5">
            {t('timeline')}
          </Title>
          <Timeline events={ticket.events} timeZone={tz} />
          {ticket.allowedActions.includes('comment') && (
            <CommentBox
              agent={agent}
              busy={act.isPending}
              onSend={(body, visibility) =>
                act.mutate({ action: 'comment', body, visibility, version: ticket.version }, { onError: (e) => showProblem(e) })
              }
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
