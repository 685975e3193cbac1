import { z } from 'zod';

const level = z.object({ level: z.number().int(), automatic: z.boolean() });
const change = z.object({ from: z.string(), to: z.string() });
const none = z.null();

/**
 * Every kind of timeline entry a record can carry, with the data it holds. The web renders an
 * entry's words from its type and data in the reader's language; the server stores no sentence
 * of its own (a person's text, such as a comment, is the entry's body).
 */
export const TIMELINE_DATA = {
  created: z.object({ channel: z.string().optional(), priority: z.string().optional(), tier: z.number().optional(), status: z.string() }),
  status: change,
  comment: none,
  attachment: z.object({ attachmentId: z.string(), sizeBytes: z.number() }),
  link_added: z.object({ recordId: z.string(), number: z.string(), linkType: z.string() }),
  link_removed: z.object({ recordId: z.string(), number: z.string(), linkType: z.string() }),
  approval_decided: z.object({ step: z.number().int(), decision: z.enum(['approved', 'rejected']), signatureId: z.string() }),
  // Tickets (SPEC §3.3–3.6).
  taken: none,
  assigned: z.object({ assigneeId: z.string(), assigneeName: z.string() }),
  waiting_user: none,
  resumed: none,
  escalated_tier: change,
  escalated_line: none,
  escalated_level: level,
  sla_warning: level,
  sla_breach: level,
  vendor: none,
  reprioritised: z.object({ from: z.string(), to: z.string(), impact: z.string(), urgency: z.number() }),
  converted: z.object({ from: z.string(), to: z.string(), impact: z.string(), urgency: z.number() }),
  approved: none,
  rejected: none,
  resolved: z.object({ cause: z.string().nullable().optional() }),
  confirmed: z.object({ satisfaction: z.enum(['puas', 'tidak_puas']), rating: z.number().int() }),
  closed: none,
  auto_closed: none,
  reopened: z.object({ unsatisfied: z.boolean() }).nullable(),
  first_response: z.object({ met: z.boolean() }),
  // The work plan and its work order (SPMK) of Bantul SOP A.3/B.3; the plan itself is the entry's body.
  work_planned: z.object({
    executor: z.enum(['internal', 'technical_team', 'vendor']),
    executorName: z.string().nullable(),
    deliveryDays: z.number().int(),
    workOrderNumber: z.string().nullable(),
    attachmentId: z.string().nullable(),
  }),
  /** The service's calendar holds too little working time to reach a target: it was set far ahead ("no target"). */
  clock_beyond_calendar: none,
  /** The desk routing chose, or the approval step, had nobody to act: where the ticket went instead (issue 17, item 5). */
  routed_fallback: z.object({
    reason: z.enum(['desk', 'approval']),
    pdName: z.string(),
    tier: z.number().int().nullable(),
    to: z.enum(['tier2', 'koordinator', 'diskominfo', 'none']),
  }),
  /** A recorded report counts from when it was received, set by the agent with a reason (the entry's body; item 8). */
  reported_at_set: z.object({ reportedAt: z.string(), recordedAt: z.string() }),
  // Problems (SPEC §3.7).
  analysed: z.object({ field: z.enum(['symptom', 'cause', 'workaround', 'fix']) }),
  known_error_published: z.object({ knownErrorId: z.string() }).nullable(),
} as const;

export type TimelineEventType = keyof typeof TIMELINE_DATA;
function keysOf<T extends object>(o: T): Extract<keyof T, string>[] {
  const keys: Extract<keyof T, string>[] = [];
  for (const k in o) keys.push(k);
  return keys;
}
export const TIMELINE_EVENT_TYPES = keysOf(TIMELINE_DATA);
export const TimelineEventType = z.enum(TIMELINE_EVENT_TYPES);

/** A new timeline entry: its type decides the shape of its data. */
export type TimelineEntry = {
  [T in TimelineEventType]: { type: T; data: z.output<(typeof TIMELINE_DATA)[T]> };
}[TimelineEventType];
