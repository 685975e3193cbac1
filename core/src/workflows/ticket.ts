import { z } from 'zod';
import { Id, OptionalText } from '../contracts/common';
import { IMPACTS, PRIORITIES } from '../service-desk/priority';
import { action, defineWorkflow, type ActionName } from '../records/workflow';
import { DELIVERY_DAYS } from '../service-desk/sop';

/** Who carries out a work plan (Bantul SOP A.4: with or without a vendor). */
export const WORK_EXECUTORS = ['internal', 'technical_team', 'vendor'] as const;
const DELIVERY_DAY_OPTIONS = Array.from({ length: DELIVERY_DAYS.max - DELIVERY_DAYS.min + 1 }, (_, i) => DELIVERY_DAYS.min + i);

export const TICKET_STATUSES = ['new', 'awaiting_approval', 'in_progress', 'waiting_user', 'resolved', 'closed'] as const;
type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * How a person relates to a ticket: its reporter, someone handling its desk (or assigned to
 * it), an approver of a request, or an agent who keeps sight of it without handling it.
 */
export const TICKET_RELATIONS = ['reporter', 'handler', 'approver', 'observer'] as const;
export type TicketRelation = (typeof TICKET_RELATIONS)[number];

/** What the guards of the ticket workflow look at besides the status. */
export interface TicketState {
  kind: 'incident' | 'request' | 'operation';
  tier: number;
  supportLine: string;
  escalationLevel: number;
}

const OPEN = ['new', 'in_progress', 'waiting_user'] as const satisfies readonly TicketStatus[];
const NOT_CLOSED = ['new', 'awaiting_approval', 'in_progress', 'waiting_user', 'resolved'] as const satisfies readonly TicketStatus[];

/** Handling starts with the first step an agent takes on a new or waiting ticket. */
const intoHandling = (from: TicketStatus): TicketStatus => (from === 'new' || from === 'waiting_user' ? 'in_progress' : from);

const reason = (max: number) => z.string().trim().min(3).max(max);
const Impact = z.enum(IMPACTS);
const Urgency = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const body = { name: 'body', widget: 'textarea', required: true } as const;
const impactFields = [
  { name: 'impact', widget: 'select', options: IMPACTS, required: true },
  { name: 'urgency', widget: 'select', options: [1, 2, 3], required: true },
] as const;

type A<I extends z.ZodObject> = Parameters<typeof action<TicketStatus, TicketRelation, TicketState, I>>[0];
const ticketAction = <I extends z.ZodObject>(spec: A<I>) => action<TicketStatus, TicketRelation, TicketState, I>(spec);

/** The ticket's life (SPEC §3.3–3.6): every change to a ticket is one of these actions. */
export const ticketWorkflow = defineWorkflow({
  kind: 'ticket',
  states: TICKET_STATUSES,
  final: ['closed'],
  relations: TICKET_RELATIONS,
  actions: {
    take: ticketAction({ input: z.object({}), from: OPEN, who: ['handler'], next: intoHandling, ui: { tone: 'primary', fields: [] } }),
    assign: ticketAction({
      input: z.object({ assigneeId: Id }),
      from: OPEN,
      who: ['handler'],
      next: intoHandling,
      ui: { tone: 'default', fields: [{ name: 'assigneeId', widget: 'person', required: true }] },
    }),
    comment: ticketAction({
      input: z.object({ body: z.string().trim().min(1).max(10_000), visibility: z.enum(['public', 'internal']).default('public') }),
      from: NOT_CLOSED,
      who: ['reporter', 'handler', 'approver', 'observer'],
      ui: { tone: 'default', fields: [body] },
    }),
    wait_user: ticketAction({
      input: z.object({ body: reason(10_000) }),
      from: ['new', 'in_progress'],
      who: ['handler'],
      next: () => 'waiting_user',
      ui: { tone: 'default', fields: [body] },
    }),
    resume: ticketAction({
      input: z.object({}),
      from: ['waiting_user'],
      who: ['handler'],
      next: intoHandling,
      ui: { tone: 'default', fields: [] },
    }),
    escalate_tier: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: OPEN,
      who: ['handler'],
      when: (t) => t.tier === 1,
      next: intoHandling,
      ui: { tone: 'default', fields: [body] },
    }),
    escalate_line: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: OPEN,
      who: ['handler'],
      when: (t) => t.supportLine === 'admin_layanan',
      next: intoHandling,
      ui: { tone: 'default', fields: [body] },
    }),
    escalate_level: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: OPEN,
      who: ['handler'],
      when: (t) => t.escalationLevel < 3,
      next: intoHandling,
      ui: { tone: 'default', fields: [body] },
    }),
    vendor: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: OPEN,
      who: ['handler'],
      next: intoHandling,
      ui: { tone: 'default', fields: [body] },
    }),
    // Bantul SOP A.3/B.3: the work plan, and a work order (SPMK) when a technical team or a vendor does the work.
    plan_work: ticketAction({
      // A technical team or vendor must be named (the effect refuses it otherwise: a refined object cannot be extended).
      input: z.object({
        plan: reason(5000),
        executor: z.enum(WORK_EXECUTORS),
        executorName: OptionalText(200),
        deliveryDays: z.number().int().min(DELIVERY_DAYS.min).max(DELIVERY_DAYS.max),
      }),
      from: OPEN,
      who: ['handler'],
      next: intoHandling,
      ui: {
        tone: 'default',
        fields: [
          { name: 'plan', widget: 'textarea', required: true },
          { name: 'executor', widget: 'select', options: WORK_EXECUTORS, required: true },
          { name: 'executorName', widget: 'text', required: false },
          { name: 'deliveryDays', widget: 'select', options: DELIVERY_DAY_OPTIONS, required: true },
        ],
      },
    }),
    reprioritise: ticketAction({
      input: z.object({
        impact: Impact,
        urgency: Urgency,
        priority: z
          .enum(PRIORITIES)
          .nullish()
          .transform((v) => v ?? null),
        body: reason(2000),
      }),
      from: OPEN,
      who: ['handler'],
      next: intoHandling,
      ui: {
        tone: 'default',
        fields: [...impactFields, { name: 'priority', widget: 'select', options: PRIORITIES, required: false }, body],
      },
    }),
    convert_to_incident: ticketAction({
      input: z.object({ body: reason(2000), impact: Impact, urgency: Urgency }),
      from: OPEN,
      who: ['handler'],
      when: (t) => t.kind === 'request',
      next: intoHandling,
      ui: { tone: 'default', fields: [...impactFields, body] },
    }),
    // Approvals are signed decisions with a reason (the record platform's approval service).
    approve: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: ['awaiting_approval'],
      who: ['approver'],
      next: () => 'new',
      ui: { tone: 'primary', fields: [body] },
    }),
    reject: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: ['awaiting_approval'],
      who: ['approver'],
      next: () => 'closed',
      ui: { tone: 'danger', fields: [body] },
    }),
    resolve: ticketAction({
      input: z.object({ body: reason(10_000), cause: OptionalText(2000) }),
      from: OPEN,
      who: ['handler'],
      next: () => 'resolved',
      ui: { tone: 'primary', fields: [body, { name: 'cause', widget: 'textarea', required: false }] },
    }),
    confirm: ticketAction({
      input: z.object({
        satisfaction: z.enum(['puas', 'tidak_puas']),
        rating: z.number().int().min(1).max(5),
        feedback: OptionalText(2000),
      }),
      from: ['resolved'],
      who: ['reporter'],
      // Tidak puas sends the ticket back to handling (SPEC §3.6).
      next: (_from, input) => (input.satisfaction === 'puas' ? 'closed' : 'in_progress'),
      ui: {
        tone: 'primary',
        fields: [
          { name: 'satisfaction', widget: 'select', options: ['puas', 'tidak_puas'], required: true },
          { name: 'rating', widget: 'rating', required: true },
          { name: 'feedback', widget: 'textarea', required: false },
        ],
      },
    }),
    reopen: ticketAction({
      input: z.object({ body: reason(2000) }),
      from: ['resolved', 'closed'],
      who: ['handler'],
      next: () => 'in_progress',
      ui: { tone: 'default', fields: [body] },
    }),
  },
});

export type TicketActionName = ActionName<typeof ticketWorkflow>;

/** Actions by an agent that count as the provider's first response (Y-Tabel 3). */
export function isResponse(action: TicketActionName, visibility?: 'public' | 'internal'): boolean {
  if (action === 'comment') return visibility === 'public';
  return ['take', 'assign', 'wait_user', 'resolve', 'escalate_tier', 'escalate_line', 'approve', 'reject', 'plan_work'].includes(action);
}
