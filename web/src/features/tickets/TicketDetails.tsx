import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { URGENCIES, type Ticket } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../../lib/oneOf';
import { formatDateTime } from '../../lib/time';
import { Field } from '../records';

/** What was reported and how it is handled (Y-Tabel 4 and 5). */
export function TicketDetails({ ticket, timeZone: tz }: { ticket: Ticket; timeZone: string }) {
  const { t } = useTranslation(['tickets', 'common']);
  const urgency = oneOf(URGENCIES, ticket.urgency);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{ticket.description}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Field label={t('service')}>{ticket.serviceName}</Field>
          <Field label={t('requestType')}>{ticket.requestTypeName}</Field>
          <Field label={t('handlingPd')}>{ticket.handlingPdName}</Field>
          <Field label={t('assignee')}>{ticket.assigneeName ?? t('unassigned')}</Field>
          <Field label={t('reportedAt')}>{formatDateTime(ticket.reportedAt, tz)}</Field>
          {/* A report recorded afterwards (its time set by the agent, with a reason on the timeline). */}
          {Date.parse(ticket.recordedAt) - Date.parse(ticket.reportedAt) > 60_000 && (
            <Field label={t('recordedAt')}>{formatDateTime(ticket.recordedAt, tz)}</Field>
          )}
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
      </Stack>
    </Paper>
  );
}

/** Who reported it and how to reach them; when it was confirmed and closed. */
export function ReporterCard({ ticket, timeZone: tz }: { ticket: Ticket; timeZone: string }) {
  const { t } = useTranslation('tickets');
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={2}>
        <Field label={t('reporter')}>{ticket.reporter.name}</Field>
        <Field label={t('homePd')}>{ticket.reporter.perangkatDaerahName}</Field>
        <Field label={t('email')}>{ticket.reporter.email}</Field>
        <Field label={t('phone')}>{ticket.reporter.phone}</Field>
        <Field label="NIP">{ticket.reporter.nip}</Field>
        <Field label={t('contactPreference')}>{t(`contactPreferences.${ticket.reporter.contactPreference}`)}</Field>
        {ticket.confirmedAt && <Field label={t('confirmTitle')}>{formatDateTime(ticket.confirmedAt, tz)}</Field>}
        {ticket.closedAt && <Field label={t('statuses.closed')}>{formatDateTime(ticket.closedAt, tz)}</Field>}
      </SimpleGrid>
    </Paper>
  );
}
