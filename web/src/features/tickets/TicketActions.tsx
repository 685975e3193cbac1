import { TicketAction, ticketWorkflow, type Ticket } from '@sigap/core';
import { useState } from 'react';
import { ActionPanel, type FormValues } from '../records';
import { useTicketAction, useTicketAgents } from './api';
import { useTicketActionLabels } from './labels';

/** Offered elsewhere on the ticket page: the comment box and the reporter's confirmation. */
const ELSEWHERE = ['comment', 'confirm'];

/** The agent's actions on a ticket, as the ticket workflow declares them; only those the server allows now. */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const act = useTicketAction(ticket.id);
  const [needPeople, setNeedPeople] = useState(false);
  const agents = useTicketAgents(ticket.id, needPeople);
  return (
    <ActionPanel
      workflow={ticketWorkflow}
      allowed={ticket.allowedActions}
      exclude={ELSEWHERE}
      labels={useTicketActionLabels()}
      layout="buttons"
      people={(agents.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      onPeopleNeeded={() => setNeedPeople(true)}
      initialValues={(action): FormValues =>
        action === 'reprioritise' || action === 'convert_to_incident' ? { impact: ticket.impact, urgency: String(ticket.urgency) } : {}
      }
      onRun={(action, values) => act.mutateAsync(TicketAction.parse({ ...values, action, version: ticket.version }))}
    />
  );
}
