import { priorityOf, type Priority } from '@sigap/core';
import type { TicketActionContext } from './ticket-action-context';

/** New impact and urgency: the matrix decides the priority unless an agent overrides it with a reason. */
export function reprioritise(
  ctx: TicketActionContext,
  input: { impact: 'mayor' | 'minor'; urgency: 1 | 2 | 3; body: string; priority: Priority | null; convert: boolean },
) {
  const { setting, row } = ctx;
  const decision = priorityOf(setting.policy.priorityMatrix, {
    impact: input.impact,
    serviceType: setting.service.serviceType,
    classification: setting.service.classification,
  });
  const priority = input.priority ?? decision.priority;
  if (input.convert) ctx.clock.kind = 'incident';
  Object.assign(ctx.clock, { priority, urgency: input.urgency, retarget: true });
  Object.assign(ctx.changes, {
    impact: input.impact,
    urgency: input.urgency,
    priority,
    kind: ctx.clock.kind,
    priority_reason: JSON.stringify(decision),
    priority_override_reason: priority === decision.priority ? null : input.body,
  });
  ctx.events.push({
    type: input.convert ? 'converted' : 'reprioritised',
    visibility: 'public',
    body: input.body,
    data: { from: row.priority, to: priority, impact: input.impact, urgency: input.urgency },
  });
}
