import { Alert, Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { CLASSIFICATIONS, SERVICE_TYPES, type Ticket } from '@sigap/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { showProblem, showSaved } from '../../lib/forms';
import { oneOf } from '../../lib/oneOf';
import { useMe } from '../auth/session';
import { ApprovalPanel, Attachments, Comments, Links, RecordPage, Timeline, WatchButton, useRecordLinks } from '../records';
import { useTicket, useTicketAction } from './api';
import { PriorityBadge, StatusBadge } from './badges';
import { ConfirmForm } from './ConfirmForm';
import { DueTimers } from './DueTimers';
import { useTicketStatusName } from './labels';
import { SopSteps } from './SopSteps';
import { TicketActions } from './TicketActions';
import { ReporterCard, TicketDetails } from './TicketDetails';

export function TicketPage() {
  const { id } = useParams({ from: '/app/tiket/$id' });
  const ticket = useTicket(id);
  const { t } = useTranslation(['tickets', 'common']);
  if (ticket.isError) return <Alert color="red">{t('common:errors.notFound')}</Alert>;
  if (!ticket.data) return <Text c="dimmed">{t('common:loading')}</Text>;
  return <TicketView ticket={ticket.data} />;
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation(['tickets', 'common']);
  const me = useMe();
  const tz = me.pemda.timeZone;
  const queryClient = useQueryClient();
  const act = useTicketAction(ticket.id);
  const links = useRecordLinks(ticket.id);
  const statusName = useTicketStatusName();
  const isReporter = ticket.reporter.userId === me.user.id && !ticket.allowedActions.includes('take');
  const agent = !isReporter && ticket.allowedActions.some((a) => a !== 'comment' && a !== 'confirm');
  const open = ticket.status !== 'closed';
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['tickets', 'one', ticket.id] });
  const reason = ticket.priorityReason;
  // The server sends these as plain text; one the interface has no name for shows as sent.
  const serviceType = oneOf(SERVICE_TYPES, reason.serviceType);
  const classification = oneOf(CLASSIFICATIONS, reason.classification);

  return (
    <RecordPage
      number={ticket.number}
      numberTestId="ticket-number"
      title={ticket.title}
      badges={
        <>
          <Badge variant="outline" tt="none">
            {t(`kinds.${ticket.kind}`)}
          </Badge>
          <PriorityBadge priority={ticket.priority} />
          <StatusBadge status={ticket.status} />
          <Badge variant="light" color="gray" tt="none">
            {t('tier', { tier: ticket.tier })} · {t('level', { level: ticket.escalationLevel })}
          </Badge>
        </>
      }
      subtitle={
        <>
          {t('priorityReason', {
            impact: t(`common:impacts.${reason.impact}`).split(' — ')[0],
            serviceType: serviceType ? t(`common:serviceTypes.${serviceType}`) : reason.serviceType,
            classification: classification ? t(`common:classifications.${classification}`) : reason.classification,
          })}
          {ticket.priorityOverrideReason && ` · ${t('overrideReason', { reason: ticket.priorityOverrideReason })}`}
        </>
      }
      tools={<WatchButton recordId={ticket.id} />}
      top={
        <>
          <DueTimers ticket={ticket} timeZone={tz} />
          <SopSteps recordId={ticket.id} sop={ticket.sop} timeZone={tz} />
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
          {agent && <TicketActions ticket={ticket} />}
          {/* A request's approval is decided through its own actions (Setujui/Tolak above); here its signed record. */}
          {ticket.approval && <ApprovalPanel recordId={ticket.id} timeZone={tz} allowDecision={false} />}
        </>
      }
      main={
        <>
          <TicketDetails ticket={ticket} timeZone={tz} />
          <Paper withBorder p="md">
            <Stack>
              <Title order={2} size="h5">
                {t('timeline')}
              </Title>
              <Timeline events={ticket.events} timeZone={tz} statusName={statusName} links={links.data} />
              {ticket.allowedActions.includes('comment') && <Comments recordId={ticket.id} agent={agent} onSent={refresh} />}
            </Stack>
          </Paper>
        </>
      }
      side={
        <>
          <ReporterCard ticket={ticket} timeZone={tz} />
          <Paper withBorder p="md">
            <Stack>
              <Attachments recordId={ticket.id} files={ticket.attachments} canAdd={open} onChanged={refresh} />
              <Links recordId={ticket.id} canEdit={agent && open} defaultName="caused_by" onChanged={refresh} />
            </Stack>
          </Paper>
        </>
      }
    />
  );
}
