import { IMPACTS, TICKET_STATUSES, URGENCIES, WORK_EXECUTORS, ticketWorkflow, type TicketActionName } from '@sigap/core';
import { useTranslation } from 'react-i18next';
import { oneOf } from '../../lib/oneOf';
import type { ActionLabels } from '../records';

const FIELDS = [
  'assigneeId',
  'cause',
  'impact',
  'urgency',
  'priority',
  'rating',
  'feedback',
  'plan',
  'executor',
  'executorName',
  'deliveryDays',
] as const;

function isTicketAction(name: string): name is TicketActionName {
  return Object.hasOwn(ticketWorkflow.actions, name);
}

/** The ticket workflow's words for the action panel, from the `tickets` namespace. */
export function useTicketActionLabels(): ActionLabels {
  const { t } = useTranslation(['tickets', 'common']);
  return {
    action: (name) => (isTicketAction(name) ? t(`actions.${name}`) : name),
    field: (name, action) => {
      if (name === 'body') return action === 'resolve' ? t('message') : t('reason');
      if (name === 'satisfaction') return t('confirmTitle');
      const field = oneOf(FIELDS, name);
      return field ? t(field) : name;
    },
    option: (field, value) => {
      const impact = field === 'impact' ? oneOf(IMPACTS, value) : undefined;
      if (impact) return t(`common:impacts.${impact}`);
      const urgency = field === 'urgency' ? URGENCIES.find((u) => String(u) === value) : undefined;
      if (urgency) return t(`common:urgencies.${urgency}`);
      if (field === 'satisfaction') return value === 'puas' ? t('satisfied') : t('notSatisfied');
      const executor = field === 'executor' ? oneOf(WORK_EXECUTORS, value) : undefined;
      if (executor) return t(`executors.${executor}`);
      if (field === 'deliveryDays') return t('deliveryDaysOption', { count: Number(value) });
      return value;
    },
  };
}

/** A ticket status in the reader's language (as sent when the interface has no name for it). */
export function useTicketStatusName(): (status: string) => string {
  const { t } = useTranslation('tickets');
  return (status) => {
    const known = oneOf(TICKET_STATUSES, status);
    return known ? t(`statuses.${known}`) : status;
  };
}
