import { z } from 'zod';
import { SUPPORT_LINES } from '../permissions';
import { IMPACTS, PRIORITIES } from '../service-desk/priority';
import { actionBodySchema, type ActionBody, type ActionBodyInput } from '../records/workflow';
import { TICKET_STATUSES, ticketWorkflow } from '../workflows/ticket';
import { Id, OptionalText, PageQuery, Timestamp, pageOf } from './common';
import { Attachment, PublicTimelineEvent, TimelineEvent } from './records';
import { Email, Nip, Phone } from './identity';
import { TicketSop } from './sop';

/** Incidents, service requests, and operation requests (*permohonan pengoperasian layanan*, Bantul SOP B). */
export const TICKET_KINDS = ['incident', 'request', 'operation'] as const;
export const TicketKind = z.enum(TICKET_KINDS);

export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;
export { TICKET_STATUSES };

/** Reporting channel (Y-Tabel 5 field 3, plus web, chat and monitoring). */
export const CHANNELS = ['web', 'email', 'phone', 'letter', 'chat', 'monitoring'] as const;
export const Channel = z.enum(CHANNELS);

/** How the reporter is kept informed (field 13). */
export const CONTACT_PREFERENCES = ['email', 'phone', 'letter', 'web'] as const;
export const ContactPreference = z.enum(CONTACT_PREFERENCES);

export const ImpactField = z.enum(IMPACTS);
export const UrgencyField = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const PriorityField = z.enum(PRIORITIES);

const ticketFields = {
  kind: TicketKind,
  serviceId: Id,
  requestTypeId: Id.nullish().transform((v) => v ?? null),
  title: z.string().trim().min(5).max(200),
  description: z.string().trim().min(10).max(10_000),
  category: OptionalText(100),
  impact: ImpactField.default('minor'),
  urgency: UrgencyField.default(3),
  affectedItems: OptionalText(1000),
  contactPreference: ContactPreference.default('web'),
};

/** A signed-in user reports or requests for themself through the portal. */
export const TicketCreate = z.strictObject(ticketFields);
export type TicketCreate = z.infer<typeof TicketCreate>;

/** An agent records a phone/letter/e-mail report on someone's behalf. */
export const TicketRecord = z
  .strictObject({
    ...ticketFields,
    channel: Channel,
    reporter: z.strictObject({
      userId: Id.nullish().transform((v) => v ?? null),
      name: z.string().trim().min(2).max(150),
      email: Email.nullish()
        .or(z.literal(''))
        .transform((v) => (v ? v : null)),
      phone: Phone.nullish()
        .or(z.literal(''))
        .transform((v) => (v ? v : null)),
      nip: Nip.nullish()
        .or(z.literal(''))
        .transform((v) => (v ? v : null)),
      perangkatDaerahId: Id.nullish().transform((v) => v ?? null),
    }),
    /**
     * When the report was received, if earlier than now (a letter that came yesterday, a call
     * taken while the system was down): the clocks run from it. Not in the future, at most the
     * Pemda's `reportBackdateDays` back, and only with a reason (issue 17, item 8).
     */
    reportedAt: Timestamp.nullish().transform((v) => v ?? null),
    reportedAtReason: OptionalText(500),
  })
  .refine((r) => r.reportedAt === null || (r.reportedAtReason !== null && r.reportedAtReason.length >= 5), {
    error: 'Tuliskan alasan waktu dilaporkan (minimal 5 karakter).',
    path: ['reportedAtReason'],
  });
export type TicketRecord = z.infer<typeof TicketRecord>;

/** Where a ticket went when its desk, or Tier 2 after it, had nobody to act (core/service-desk/staffing.ts). */
export const DeskFallbackField = z.enum(['tier2', 'koordinator']);

/**
 * What an agent gets back for a recorded report: the number and tracking code to tell the caller
 * and the desk it went to, also when that desk is not one the agent may open (issue 17, item 1).
 */
export const TicketRecordReceipt = z.object({
  id: Id,
  number: z.string(),
  kind: TicketKind,
  status: TicketStatus,
  serviceName: z.string(),
  handlingPdId: Id,
  handlingPdName: z.string(),
  tier: z.number().int(),
  /** The desk routing chose had nobody: where it went instead; null when it went there. */
  fallback: DeskFallbackField.nullable(),
  reportedAt: Timestamp,
  responseDueAt: Timestamp,
  /** For a caller without an account: the code they follow their report with. */
  trackingCode: z.string().nullable(),
  /** Whether the recorder may open the ticket's page. */
  canOpen: z.boolean(),
});
export type TicketRecordReceipt = z.infer<typeof TicketRecordReceipt>;

/** Anyone may report a disruption of a public service without an account. */
export const PublicReport = z
  .strictObject({
    serviceId: Id,
    title: z.string().trim().min(5).max(200),
    description: z.string().trim().min(10).max(10_000),
    impact: ImpactField.default('minor'),
    urgency: UrgencyField.default(3),
    name: z.string().trim().min(2).max(150),
    email: Email.nullish()
      .or(z.literal(''))
      .transform((v) => (v ? v : null)),
    phone: Phone.nullish()
      .or(z.literal(''))
      .transform((v) => (v ? v : null)),
    contactPreference: ContactPreference.default('email'),
  })
  .refine((r) => r.email !== null || r.phone !== null, {
    error: 'Isi e-mail atau nomor telepon agar kami dapat menghubungi Anda.',
    path: ['email'],
  });
export type PublicReport = z.infer<typeof PublicReport>;

export const PublicReportReceipt = z.object({ number: z.string(), trackingCode: z.string() });

/** A ticket's timeline entry is the record platform's. */
export const TicketEvent = TimelineEvent;
export type TicketEvent = TimelineEvent;

export const TicketSummary = z.object({
  id: Id,
  number: z.string(),
  kind: TicketKind,
  title: z.string(),
  status: TicketStatus,
  priority: PriorityField,
  impact: ImpactField,
  urgency: z.number().int(),
  serviceId: Id,
  serviceName: z.string(),
  handlingPdId: Id,
  handlingPdName: z.string(),
  tier: z.number().int(),
  supportLine: z.enum(SUPPORT_LINES),
  assigneeId: Id.nullable(),
  assigneeName: z.string().nullable(),
  escalationLevel: z.number().int(),
  reportedAt: Timestamp,
  responseDueAt: Timestamp,
  resolutionDueAt: Timestamp,
  fulfilmentDueAt: Timestamp.nullable(),
  firstResponseAt: Timestamp.nullable(),
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;

/** Every field of the Y forms (Tabel 4 and 5). Reporter contact data is null for those not handling the ticket. */
export const Ticket = TicketSummary.extend({
  description: z.string(),
  channel: Channel,
  category: z.string().nullable(),
  priorityReason: z.object({ impact: ImpactField, serviceType: z.string(), classification: z.string(), priority: PriorityField }),
  priorityOverrideReason: z.string().nullable(),
  cause: z.string().nullable(),
  affectedItems: z.string().nullable(),
  requestTypeId: Id.nullable(),
  requestTypeName: z.string().nullable(),
  approval: z.enum(['pending', 'approved', 'rejected']).nullable(),
  reporter: z.object({
    userId: Id.nullable(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    nip: z.string().nullable(),
    perangkatDaerahName: z.string().nullable(),
    contactPreference: ContactPreference,
  }),
  vendorNote: z.string().nullable(),
  /** When the ticket was entered, which is later than `reportedAt` for a report recorded afterwards. */
  recordedAt: Timestamp,
  pausedSince: Timestamp.nullable(),
  confirmedAt: Timestamp.nullable(),
  autoCloseAt: Timestamp.nullable(),
  satisfaction: z.enum(['puas', 'tidak_puas']).nullable(),
  rating: z.number().int().nullable(),
  feedback: z.string().nullable(),
  serviceAdmins: z.array(z.string()),
  infraAdmins: z.array(z.string()),
  events: z.array(TicketEvent),
  attachments: z.array(Attachment),
  /** What the current viewer may do now. */
  allowedActions: z.array(z.string()),
  /** The Bantul SOP step the ticket is in (A.1–A.6, B.1–B.5), derived from its timeline. */
  sop: TicketSop,
  version: z.number().int(),
});
export type Ticket = z.infer<typeof Ticket>;

export const TicketQuery = PageQuery.extend({
  scope: z.enum(['queue', 'mine', 'reported']).default('queue'),
  status: z.enum([...TICKET_STATUSES, 'open', 'all']).default('open'),
  kind: TicketKind.optional(),
  priority: PriorityField.optional(),
  perangkatDaerahId: Id.optional(),
  tier: z.coerce.number().int().min(1).max(2).optional(),
  supportLine: z.enum(SUPPORT_LINES).optional(),
  assigneeId: Id.optional(),
});
export type TicketQuery = z.infer<typeof TicketQuery>;
export const TicketPage = pageOf(TicketSummary).extend({ totalCapped: z.boolean() });

/** Every change to a ticket is one of the actions its workflow declares (SPEC §3.3–3.6). */
export const TicketAction = actionBodySchema(ticketWorkflow);
export type TicketAction = ActionBody<typeof ticketWorkflow>;
export type TicketActionInput = ActionBodyInput<typeof ticketWorkflow>;

/** What the holder of a tracking code sees: no other person's data, no internal notes. */
export const PublicTicket = z.object({
  number: z.string(),
  title: z.string(),
  status: TicketStatus,
  serviceName: z.string(),
  reportedAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
  closedAt: Timestamp.nullable(),
  satisfaction: z.enum(['puas', 'tidak_puas']).nullable(),
  /** Who acted is a role ("Petugas layanan", "Pelapor"): the public page names nobody. */
  events: z.array(PublicTimelineEvent),
  allowedActions: z.array(z.string()),
  /** The Bantul SOP step, without who carries out the work or its documents. */
  sop: TicketSop,
  version: z.number().int(),
});
export type PublicTicket = z.infer<typeof PublicTicket>;

export const TrackingParams = z.strictObject({
  code: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{10}$/, { error: 'Kode pelacakan tidak valid.' }),
});
